import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

/** Every file under `dir` with one of `extensions`, skipping installed and generated trees. */
function files(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      return ["node_modules", "fixtures", ".tmp"].includes(e.name) ? [] : files(path, extensions);
    }
    return extensions.some((x) => e.name.endsWith(x)) ? [path] : [];
  });
}

const CODE = [
  ...files("src", [".ts"]),
  ...files("scripts", [".ts", ".json"]),
  ...files("test", [".ts"]),
  ...files(".ci", ["run"]),
  "tsup.config.ts",
  "package.json",
];

/** Whether a path resolved from `from` stays inside the repository. */
function inside(from: string, path: string): boolean {
  const target = resolve(from, path);
  return target === root || target.startsWith(root + sep);
}

describe("a bare clone has every input", () => {
  it("no code names the shared folder beside the repository", () => {
    for (const file of CODE) {
      const text = readFileSync(join(root, file), "utf8");
      expect(text, file).not.toMatch(/["'`/]\.\.\/(\.\.\/)*shared\b|"shared"\)/);
    }
  });

  it("no relative path in the code leaves the repository root", () => {
    for (const file of CODE) {
      const text = readFileSync(join(root, file), "utf8");
      const from = dirname(join(root, file));
      // string literals that are relative paths (a dot-dot-slash chain)
      for (const m of text.matchAll(/["'`]((?:\.\.\/)+[^"'`\s]*)["'`]/g)) {
        expect(inside(from, m[1] ?? ""), `${file}: ${m[0]}`).toBe(true);
      }
      // path.join / path.resolve from the file's folder with ".." segments
      for (const m of text.matchAll(
        /(?:join|resolve)\(\s*import\.meta\.dirname((?:\s*,\s*"[^"]*")*)\s*\)/g,
      )) {
        const parts = [...(m[1] ?? "").matchAll(/"([^"]*)"/g)].map((p) => p[1] ?? "");
        expect(inside(from, join(...parts, ".")), `${file}: ${m[0]}`).toBe(true);
      }
    }
  });
});

describe("the house: shared internals live in src/_lib/", () => {
  it("no folder of src/ imports another folder's `_` files", () => {
    for (const file of files("src", [".ts"])) {
      const text = readFileSync(join(root, file), "utf8");
      const folder = dirname(file);
      for (const m of text.matchAll(/from "(\.[^"]+)"/g)) {
        const target = relative(root, resolve(root, folder, m[1] ?? ""));
        const name = target.split("/").at(-1) ?? "";
        if (!name.startsWith("_")) continue;
        // allowed: a `_` file in the same folder, or one in src/_lib/;
        // and the schema entry reads its own room, src/schemas/
        const own = file === "src/schema.ts" && dirname(target) === "src/schemas";
        expect(
          dirname(target) === folder || dirname(target) === "src/_lib" || own,
          `${file} imports ${target}`,
        ).toBe(true);
      }
    }
  });
});

describe("the house: src/ reads from its tree", () => {
  it("the top of src/ holds the entries and errors.ts, every other module a room", () => {
    const top = readdirSync(join(root, "src"), { withFileTypes: true });
    expect(
      top.filter((e) => e.isFile()).map((e) => e.name),
      "loose modules at the top of src/",
    ).toEqual(["errors.ts", "index.ts", "schema.ts"]);
    // internal helpers shared by several rooms live in src/_lib/, the only `_` folder
    expect(top.filter((e) => e.isDirectory() && e.name.startsWith("_")).map((e) => e.name)).toEqual(
      ["_lib"],
    );
  });

  it("no import circle in src/, not even of types", () => {
    const graph = new Map<string, string[]>();
    for (const file of files("src", [".ts"])) {
      const text = readFileSync(join(root, file), "utf8");
      const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) =>
        relative(root, resolve(root, dirname(file), (m[1] ?? "").replace(/\.js$/, ".ts"))),
      );
      graph.set(file, targets);
    }
    // depth-first search; a grey node met again closes a circle
    const state = new Map<string, "grey" | "black">();
    const circles: string[] = [];
    const visit = (node: string, path: string[]): void => {
      state.set(node, "grey");
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === "grey") circles.push([...path, node, next].join(" → "));
        else if (!state.has(next)) visit(next, [...path, node]);
      }
      state.set(node, "black");
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node, []);
    expect(circles).toEqual([]);
  });
});
