import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { libraryEntries } from "../../tsup.config.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { denoBinary, root } from "./_tools.js";

/*
 * JSR (Deno's registry): jsr.json publishes the same TypeScript source as the
 * npm package, with no slow types, and `deno doc` (what JSR shows) finds no
 * undocumented export. Everything runs offline: the npm imports of jsr.json
 * resolve from node_modules (`nodeModulesDir: "manual"`), DENO_DIR is a fresh
 * folder of the run's TMPDIR, and any request would go to a closed port of
 * this machine (HTTP(S)_PROXY=127.0.0.1:9), so it fails instead of going out.
 */

interface JsrConfig {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, string>;
  readonly imports: Record<string, string>;
  readonly nodeModulesDir: string;
  readonly publish: { readonly include: readonly string[]; readonly exclude: readonly string[] };
}

const jsr = JSON.parse(readFileSync(join(root, "jsr.json"), "utf8")) as JsrConfig;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const OFFLINE = "http://127.0.0.1:9";

function deno(args: readonly string[], cwd: string): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DENO_DIR: mkdtempSync(join(tmpdir(), "vn-digital-indicators-deno-")),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
    HTTP_PROXY: OFFLINE,
    HTTPS_PROXY: OFFLINE,
    http_proxy: OFFLINE,
    https_proxy: OFFLINE,
    NO_PROXY: "",
    no_proxy: "",
  };
  const r = spawnSync(denoBinary(), args, { cwd, env, encoding: "utf8", timeout: PROGRAM_HANG_MS });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** JSR's rules for a package name (`@scope/name`), from its registry's id checks. */
function jsrNameProblems(name: string): string[] {
  const m = /^@([^/]+)\/(.+)$/.exec(name);
  if (m === null) return ["not @scope/name"];
  const [, scope = "", pkgName = ""] = m;
  const problems: string[] = [];
  if (scope.length < 2 || scope.length > 20) problems.push("scope: 2 to 20 characters");
  if (!/^[a-z0-9.-]+$/.test(scope)) problems.push("scope: a-z, 0-9, '-', '.'");
  if (/^[-.]|[-.]$|--|\.\./.test(scope))
    problems.push("scope: no leading, trailing or double - or .");
  if (pkgName.length < 2 || pkgName.length > 58) problems.push("name: 2 to 58 characters");
  if (!/^[a-z0-9-]+$/.test(pkgName)) problems.push("name: a-z, 0-9, '-'");
  if (/^-|-$|--/.test(pkgName)) problems.push("name: no leading, trailing or double -");
  return problems;
}

/** The diagnostics of `deno doc --lint` as `rule: message (file:line)`, with the source line. */
function docDiagnostics(output: string): { rule: string; message: string; source: string }[] {
  return [...output.matchAll(/^error\[([a-z-]+)\]: (.+)\n\s*--> (.+?):(\d+):\d+/gm)].map((m) => {
    const [, rule = "", message = "", file = "", line = "0"] = m;
    let source = "";
    try {
      source = readFileSync(file, "utf8").split("\n")[Number(line) - 1] ?? "";
    } catch {
      source = "";
    }
    return { rule, message, source: `${file}:${line}: ${source.trim()}` };
  });
}

/**
 * The diagnostics that are not the known false positive of deno doc for a
 * type of another package (denoland/deno#27364): `z.ZodType<…>`, the declared
 * type of each schema of `./schema`, is zod's public type, not a private one.
 */
function unexpected(output: string): string[] {
  return docDiagnostics(output)
    .filter(
      (d) =>
        !(
          d.rule === "private-type-ref" &&
          /references private type 'ZodType'$/.test(d.message) &&
          /: z\.ZodType</.test(d.source)
        ),
    )
    .map((d) => `${d.rule}: ${d.message} (${d.source})`);
}

describe("jsr.json", () => {
  it("has a name JSR accepts, the package's version, and the same entries as the npm build", () => {
    expect(jsrNameProblems(jsr.name)).toEqual([]);
    // the check would catch the obvious scope (21 characters)
    expect(jsrNameProblems("@vn-digital-indicators/vn-digital-indicators")).toEqual([
      "scope: 2 to 20 characters",
    ]);
    expect(jsr.version).toBe(pkg.version);
    const entries = Object.fromEntries(
      Object.entries(libraryEntries).map(([name, src]) => [
        name === "index" ? "." : `./${name}`,
        `./${src}`,
      ]),
    );
    expect(jsr.exports).toEqual(entries);
  });

  it("maps the npm imports to the package's ranges, resolved from node_modules", () => {
    expect(jsr.imports.zod).toBe(`npm:zod@${pkg.dependencies.zod}`);
    // the periods need no date library since 0.3.0
    expect(Object.keys(jsr.imports)).toEqual(["zod"]);
    expect(jsr.nodeModulesDir).toBe("manual");
  });
});

describe("deno publish --dry-run (offline)", () => {
  it("passes: type-checks, finds no slow types, and lists only the source and the docs", () => {
    const r = deno(["publish", "--dry-run", "--allow-dirty"], root);
    expect(r.output).toContain("Checking for slow types in the public API...");
    expect(r.output).toContain(`Simulating publish of ${jsr.name}@${pkg.version} with files:`);
    expect(r.output).toMatch(/Success Dry run complete\s*$/);
    expect(r.status, r.output).toBe(0);
    // no diagnostic (a slow type is an error[missing-explicit-return-type] …), no warning
    expect(r.output).not.toMatch(/^\s*(warning|error)\b/im);
    const prefix = `file://${root}/`;
    const files = r.output
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length).replace(/ \([^)]*\)$/, ""));
    for (const f of ["src/index.ts", "src/schema.ts", "README.md", "LICENSE", "jsr.json"]) {
      expect(files, f).toContain(f);
    }
    expect(files).toContain("docs/progress.svg");
    expect(
      files.filter((f) => /^(test|scripts|data|dist|node_modules|src\/cli)\//.test(f)),
    ).toEqual([]);
  });

  it("fails on a slow type (so the check above can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "vn-digital-indicators-slow-"));
    writeFileSync(
      join(dir, "jsr.json"),
      JSON.stringify({ name: "@test/slow", version: "0.0.1", exports: "./mod.ts" }),
    );
    writeFileSync(join(dir, "mod.ts"), "/** One. */\nexport function one() {\n  return 1;\n}\n");
    const r = deno(["publish", "--dry-run", "--allow-dirty"], dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain("missing-explicit-return-type");
  });
});

describe("deno doc --lint (what JSR shows)", () => {
  it("finds no undocumented export in . and ./schema", () => {
    const r = deno(["doc", "--lint", "--sloppy-imports", ...Object.values(jsr.exports)], root);
    expect(unexpected(r.output)).toEqual([]);
    // every diagnostic left is the known zod one (and the run did lint)
    expect(r.output).not.toContain("missing-jsdoc");
  });

  it("reports an undocumented export (so the check above can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "vn-digital-indicators-doc-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(
      join(dir, "src", "mod.ts"),
      "/** Documented. */\nexport const a: number = 1;\nexport const b: number = 2;\n",
    );
    const r = deno(["doc", "--lint", "src/mod.ts"], dir);
    expect(r.status).not.toBe(0);
    expect(unexpected(r.output)).toEqual([
      `missing-jsdoc: exported symbol is missing JSDoc documentation (${join(dir, "src", "mod.ts")}:3: export const b: number = 2;)`,
    ]);
  });
});
