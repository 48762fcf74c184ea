import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { libraryEntries } from "../../tsup.config.js";
import { makeConsumer } from "../_consumer.js";
import { root, run } from "./_tools.js";

/*
 * The published artefact itself: what the tarball holds, what its package.json
 * promises (exports for every tsup entry, no install scripts, two runtime
 * dependencies), and that its command line runs from a consumer.
 */

interface Manifest {
  readonly name: string;
  readonly type: string;
  readonly sideEffects: boolean;
  readonly engines: Record<string, string>;
  readonly exports: Record<string, unknown>;
  readonly typesVersions: Record<string, Record<string, string[]>>;
  readonly bin: Record<string, string>;
  readonly files: readonly string[];
  readonly scripts?: Record<string, string>;
  readonly dependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;

function tarballFiles(): string[] {
  return run("tar", ["-tzf", inject("tarball")], {})
    .trim()
    .split("\n")
    .map((f) => f.replace(/^package\//, ""))
    .sort();
}

describe("the package manifest", () => {
  it("exports every library entry of tsup.config.ts with nested import/require conditions, types first", () => {
    for (const name of Object.keys(libraryEntries)) {
      const key = name === "index" ? "." : `./${name}`;
      expect(manifest.exports[key], key).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
      for (const condition of ["import", "require"]) {
        const nested = (manifest.exports[key] as Record<string, object>)[condition] ?? {};
        expect(Object.keys(nested)[0]).toBe("types");
      }
      if (key !== ".") {
        expect(manifest.typesVersions["*"]?.[name]).toEqual([`./dist/${name}.d.cts`]);
      }
    }
    expect(manifest.exports["./package.json"]).toBe("./package.json");
  });

  it("is an ES module package, free of side effects, for Node >= 20", () => {
    expect(manifest.type).toBe("module");
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.engines).toEqual({ node: ">=20" });
  });

  it("has no install scripts and no runtime dependency beyond date-fns and zod", () => {
    const lifecycle = [
      "preinstall",
      "install",
      "postinstall",
      "prepare",
      "preprepare",
      "postprepare",
    ];
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => lifecycle.includes(s))).toEqual([]);
    expect(Object.keys(manifest.dependencies).every((d) => ["date-fns", "zod"].includes(d))).toBe(
      true,
    );
    expect(manifest).not.toHaveProperty("optionalDependencies");
    expect(manifest).not.toHaveProperty("peerDependencies");
  });
});

describe("the packed tarball", () => {
  it("holds the built entries, their types, the CLI and the docs — and no sources or tests", () => {
    const files = tarballFiles();
    for (const name of Object.keys(libraryEntries)) {
      for (const ext of [".js", ".cjs", ".d.ts", ".d.cts"]) {
        expect(files).toContain(`dist/${name}${ext}`);
      }
    }
    for (const f of ["dist/cli.js", "package.json", "README.md", "LICENSE", "CHANGELOG.md"]) {
      expect(files).toContain(f);
    }
    expect(files).not.toContain("dist/cli.cjs");
    expect(files.filter((f) => /^(src|test|scripts|node_modules|\.tmp)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".map") || f.endsWith(".tsbuildinfo"))).toEqual([]);
  });

  it("runs its command line (bin) from a consumer, with the figure and its qualifier", () => {
    const dir = makeConsumer("cli", inject("tarball"));
    const out = run(join(dir, "node_modules", ".bin", "vn-digital-indicators"), ["list"], {
      cwd: dir,
    });
    expect(out).toMatch(/ndxp-transactions-2023-q1\s+hơn 111 triệu\s+(gt|more than)\b/);
  });
});
