// generated — do not edit.
// Made by scripts/generate.ts from package.json, data/dataset.json; run `npm run generate` after changing those.

/**
 * The version of this package (the same as its `package.json`).
 *
 * @category Data
 */
export const VERSION = "0.3.0";

/**
 * The version of the data set (semantic versioning, apart from the
 * package's): a new release is a minor, a correction of a release a patch,
 * a renamed id or a removed field a major. Each release also has its own
 * `version`, which a correction of it bumps.
 *
 * @category Data
 */
export const DATA_VERSION = "3.0.0";
