import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  typedocOptions: {
    categoryOrder: string[];
    treatWarningsAsErrors: boolean;
    validation: Record<string, boolean>;
    projectDocuments?: string[];
    out: string;
  };
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(`${dir}/${e.name}`)
      : e.name.endsWith(".ts")
        ? [`${dir}/${e.name}`]
        : [],
  );
}

describe("the API reference (typedoc)", () => {
  const options = pkg.typedocOptions;

  it("fails on any warning and on any undocumented export; npm test builds it", () => {
    expect(options.treatWarningsAsErrors).toBe(true);
    expect(options.validation.notDocumented).toBe(true);
    expect(options.validation.invalidLink).toBe(true);
    expect(pkg.scripts.docs).toBe("typedoc");
    expect(pkg.scripts.test).toContain("npm run docs");
    expect(options.out).toBe("docs/api");
    expect(readFileSync(join(root, ".gitignore"), "utf8")).toMatch(/^docs\/api\/$/m);
  });

  it("groups every export under one of the named categories (a misspelt one would make a new group)", () => {
    const allowed = options.categoryOrder.filter((c) => c !== "*");
    expect(allowed).toEqual([
      "Data",
      "Series",
      "Helpers",
      "Periods",
      "Formatting",
      "Numbers",
      "Provinces",
      "Citations",
      "Errors",
      "Model",
      "Schema",
    ]);
    const used = new Set<string>();
    for (const file of sourceFiles("src")) {
      for (const m of readFileSync(join(root, file), "utf8").matchAll(/@category\s+(.+)$/gm)) {
        const category = (m[1] ?? "").trim();
        expect(allowed, `${file}: @category ${category}`).toContain(category);
        used.add(category);
      }
    }
    for (const c of ["Data", "Helpers", "Numbers", "Errors", "Model", "Schema"]) {
      expect(used.has(c), `no export in category ${c}`).toBe(true);
    }
  });

  it("carries the guides as documents", () => {
    const guides = readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`)
      .sort();
    expect([...(options.projectDocuments ?? [])].sort()).toEqual(guides);
  });
});
