import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { indicators, observations, releases } from "../../src/index.js";
import { listedNames } from "./_apiList.js";

/*
 * The README's "API overview" lists every export of the main entry (and of
 * `./schema`) under its category: the category of the API reference (its
 * `@category` tag). A name the README lacks, a name it lists that is not
 * exported, or a name under another category fails, naming each one.
 *
 * In that section, every `code` span that starts with an identifier is an
 * export name (`getObservation(id)` names getObservation); write other code
 * without backticks there. The per-figure constants may be named as examples:
 * the Data line says "one named constant per figure".
 */

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The text of the `## API overview` section. */
function apiSection(): string {
  const start = readme.indexOf("\n## API overview\n");
  expect(start, "README.md has no ## API overview").toBeGreaterThan(0);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

/** Every export of an entry of src/, with its `@category` (null when it has none). */
function exportsOf(program: ts.Program, file: string): Map<string, string | null> {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, file));
  if (source === undefined) throw new Error(`${file} is not in the program`);
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`${file} is not a module`);
  const out = new Map<string, string | null>();
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const tags = (target.declarations ?? []).flatMap((d) => ts.getJSDocTags(d));
    const category = tags.find((t) => t.tagName.text === "category");
    const text = ts.getTextOfJSDocComment(category?.comment)?.trim() ?? null;
    out.set(symbol.name, text);
  }
  return out;
}

let main = new Map<string, string | null>();
let schema = new Map<string, string | null>();

beforeAll(() => {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([join(root, "src/index.ts"), join(root, "src/schema.ts")], {
    ...parsed.options,
    noEmit: true,
  });
  main = exportsOf(program, "src/index.ts");
  schema = exportsOf(program, "src/schema.ts");
});

/** `fully-online-services-share` → `fullyOnlineServicesShare`. */
const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe("the README's API overview", () => {
  it("lists every export of the main entry and of ./schema, and nothing else", () => {
    const listed = listedNames(apiSection());
    // the generated named constants: one per figure, one per release, one per series, one
    // per newest figure
    const perFigure = new Set([
      ...observations.map((o) => camel(o.id)),
      ...releases.map((r) => (/^\d/.test(camel(r.id)) ? `release${camel(r.id)}` : camel(r.id))),
      ...indicators.map((i) => `${camel(i.id)}Series`),
      ...indicators.map((i) => `${camel(i.id)}Latest`),
    ]);
    // ./schema re-exports the model types of the main entry: they are listed once, under Model
    const expected = new Set([...main.keys(), ...schema.keys()]);
    const missing = [...expected].filter((n) => !listed.has(n) && !perFigure.has(n)).sort();
    const extra = [...listed.keys()].filter((n) => !expected.has(n)).sort();
    // soft: a run names both the missing and the extra names
    expect
      .soft(
        missing,
        `README.md's API overview lacks these exports (add each under its category): ${missing.join(", ")}`,
      )
      .toEqual([]);
    expect
      .soft(
        extra,
        `README.md's API overview lists names that are not exported (remove them, or write them without backticks): ${extra.join(", ")}`,
      )
      .toEqual([]);
    expect(apiSection()).toContain("one named constant per figure");
    expect(apiSection()).toContain("one named constant per release");
    expect(apiSection().replace(/\s+/g, " ")).toContain("one named constant per series");
    expect(apiSection().replace(/\s+/g, " ")).toContain("per newest figure");
    expect([...perFigure].filter((n) => listed.has(n)).length).toBeGreaterThan(0);
  });

  it("lists each export under its category (its @category in the API reference)", () => {
    const listed = listedNames(apiSection());
    const misplaced: string[] = [];
    for (const [name, category] of listed) {
      const own = main.has(name) ? main.get(name) : schema.get(name);
      // tidyFields is Formatting in the reference, listed with its entry ./schema
      const expected = !main.has(name) && schema.has(name) && own !== "Schema" ? "Schema" : own;
      if (expected !== category)
        misplaced.push(`${name}: listed under ${category}, is ${expected}`);
    }
    expect(misplaced, `README.md's API overview: ${misplaced.join("; ")}`).toEqual([]);
  });

  it("reports a missing, an extra and a misplaced name (so the checks above can fail)", () => {
    const listed = listedNames(
      [
        "## API overview",
        "",
        "- **Data**: `observations`, `getObservation(id)`, `notAnExport`; written",
        "  on two lines: `latestRelease`. Not a name: `npm run docs`, `./schema`.",
        "- **Helpers**: `bounds`, `formatPeriod`.",
        "",
        "Guides: `cite` (after the list: not counted).",
      ].join("\n"),
    );
    expect([...listed]).toEqual([
      ["observations", "Data"],
      ["getObservation", "Data"],
      ["notAnExport", "Data"],
      ["latestRelease", "Data"],
      ["bounds", "Helpers"],
      ["formatPeriod", "Helpers"],
    ]);
    expect(main.has("notAnExport")).toBe(false);
    expect(main.get("formatPeriod")).toBe("Periods");
    expect(main.get("cite")).toBe("Citations");
    expect(() => listedNames("- **Data**: `cite`\n- **Citations**: `cite`")).toThrow(
      /both Data and Citations/,
    );
  });
});
