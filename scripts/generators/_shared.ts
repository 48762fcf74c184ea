import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One file a generator makes, relative to the repository root. */
export interface GeneratedFile {
  readonly path: string;
  /** The file's text, or for a binary file (`encoding: "base64"`) its bytes in base64. */
  readonly content: string;
  /** How `content` is written and compared: `utf8` (the default) or `base64` (a binary file). */
  readonly encoding?: "utf8" | "base64";
}

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Reads a JSON file relative to the root. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(root, path), "utf8"));
}

/** The fields of the package's `package.json` that the generators read. */
export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly license: string;
  readonly author: string;
  readonly keywords: readonly string[];
}

/** The package's `package.json`. */
export function readPackageJson(): PackageJson {
  return readJson("package.json") as PackageJson;
}

/** The header every generated TypeScript module starts with. */
export function header(sources: readonly string[]): string {
  return [
    "// generated — do not edit.",
    `// Made by scripts/generate.ts from ${sources.join(", ")}; run \`npm run generate\` after changing those.`,
    "",
  ].join("\n");
}

/** `fully-online-services-share` → `fullyOnlineServicesShare`. */
export function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * An expression that builds a JSON value at run time with `JSON.parse` of
 * its text, marked pure so that a bundler drops it when unused. Engines
 * compile a string far faster than the same data as an object literal
 * (V8: "the cost of JavaScript"), which keeps importing the data set cheap;
 * the generator has checked the value against its zod schema, and the
 * constant's declared type says what it is.
 */
export function parsed(value: unknown): string {
  return `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** A union of string literal types, one per line. */
export function union(values: readonly string[]): string {
  return values.map((v) => `\n  | ${JSON.stringify(v)}`).join("");
}
