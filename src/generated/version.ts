// generated — do not edit.
// Made by scripts/generate.ts from package.json, data/releases/mic-2023-q1.json; run `npm run generate` after changing those.

/**
 * The version of this package (the same as its `package.json`).
 *
 * @category Data
 */
export const VERSION = "0.1.0";

/**
 * The edition and data version the package carries: `<release id>@<data version>`.
 * A correction bumps the data version's patch.
 *
 * @category Data
 */
export const DATA_VERSION = "mic-2023-q1@1.0.0";
