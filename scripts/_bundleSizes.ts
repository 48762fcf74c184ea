/**
 * Bundle-size budgets of the package, measured the way an app would see them:
 * esbuild (bundle, minify, ESM, platform neutral), then gzip level 9. Used by
 * `scripts/bench.ts` (prints them) and `test/packaging/budgets.test.ts` (enforces
 * them on the packed tarball). Sizes are deterministic.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The repository root. */
export const root = join(import.meta.dirname, "..");

/** The report's canonical JSON (`data/releases/mic-2023-q1.json`). */
export const canonicalJsonPath = join(root, "data", "releases", "mic-2023-q1.json");

/** Every release's observations in their canonical JSON, as one array (what `observations` holds). */
export function canonicalObservationsJson(): string {
  const dir = join(root, "data", "releases");
  const all = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap(
      (f) =>
        (JSON.parse(readFileSync(join(dir, f), "utf8")) as { observations: unknown[] })
          .observations,
    );
  return JSON.stringify(all, null, 2);
}

/** A bundle of a small consumer. */
export interface Bundle {
  /** The minified bundle's text (UTF-8, not escaped). */
  readonly text: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Its size gzipped at level 9. */
  readonly gzip: number;
  /** Every file esbuild loaded (the module graph), relative to `resolveDir`. */
  readonly inputs: readonly string[];
}

/** gzip -9 size of some bytes. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * Bundles `code` (an ES module) from `resolveDir`, where `vn-digital-indicators`
 * resolves (a consumer that installed the tarball, or the repository itself
 * through the package's self-reference).
 */
export async function bundle(code: string, resolveDir: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: "js", sourcefile: "consumer.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    charset: "utf8",
    legalComments: "none",
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: resolveDir,
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error("esbuild wrote nothing");
  return {
    text: out.text,
    bytes: out.contents.length,
    gzip: gzipSize(out.contents),
    inputs: Object.keys(result.metafile.inputs).filter((p) => p !== "consumer.js"),
  };
}

/** What each budget bundles. */
export const consumers = {
  /** A consumer importing one observation's named constant. */
  constant:
    'import { fullyOnlineServicesShare } from "vn-digital-indicators";\nconsole.log(fullyOnlineServicesShare);\n',
  /** A consumer importing one series' named constant. */
  series:
    'import { communityTechTeamsSeries } from "vn-digital-indicators";\nconsole.log(communityTechTeamsSeries);\n',
  /** A consumer importing the list of observations. */
  observations:
    'import { observations } from "vn-digital-indicators";\nconsole.log(observations);\n',
  /** The whole main entry. */
  main: 'export * from "vn-digital-indicators";\n',
  /** The whole `./schema` entry, zod included (reported, no budget). */
  schema: 'export * from "vn-digital-indicators/schema";\n',
} as const;

/** The name of a measured consumer. */
export type ConsumerName = keyof typeof consumers;

/** Bundles every consumer from `resolveDir`. */
export async function bundleAll(resolveDir: string): Promise<Record<ConsumerName, Bundle>> {
  const names = Object.keys(consumers) as ConsumerName[];
  const bundles = await Promise.all(names.map((n) => bundle(consumers[n], resolveDir)));
  return Object.fromEntries(names.map((n, i) => [n, bundles[i]])) as Record<ConsumerName, Bundle>;
}

/** The consumers with a budget. */
export type BudgetName = Exclude<ConsumerName, "schema">;

/**
 * The helpers: every public function that takes figures as arguments and
 * never reads the data set (the rooms metrics, bounds, periods, numbers and
 * projections, and `change`). Each is measured alone, as an app that imports
 * only it bundles it. (The provinces' functions all read the 63 units, and
 * the export builders and `cite` the data version: they are not helpers.)
 * test/packaging/budgets.test.ts checks that every function those rooms
 * export is here.
 */
export const helpers = [
  "bounds",
  "consistent",
  "product",
  "ratio",
  "delta",
  "impliedBaseline",
  "progressRatio",
  "quarterOnQuarter",
  "shareOfTarget",
  "targetGap",
  "elapsedShare",
  "formatPeriod",
  "parsePeriod",
  "periodDays",
  "periodEnd",
  "periodStart",
  "formatNumber",
  "formatPercent",
  "formatValue",
  "parsePublished",
  "projectRunRate",
  "requiredPace",
  "change",
] as const;

/** The name of a helper. */
export type HelperName = (typeof helpers)[number];

/** A consumer importing only the helper `name`. */
export function helperConsumer(name: HelperName): string {
  return `import { ${name} } from "vn-digital-indicators";\nconsole.log(${name});\n`;
}

/** Bundles every helper alone, from `resolveDir`. */
export async function bundleHelpers(resolveDir: string): Promise<Record<HelperName, Bundle>> {
  const bundles = await Promise.all(helpers.map((h) => bundle(helperConsumer(h), resolveDir)));
  return Object.fromEntries(helpers.map((h, i) => [h, bundles[i]])) as Record<HelperName, Bundle>;
}

/** The target of every helper bundled alone (gzip -9 bytes): under 1 KB (issue 21). */
export const HELPER_TARGET = 1024 - 1;

/**
 * The limit `npm test` enforces on each helper bundled alone: the target,
 * with stated exceptions, measured on the build (issue 21; limits a little
 * above so that growth is a decision).
 *
 * What every helper carries, gzipped, as the sum of what each function
 * adds to a bundle: the two error classes with their message and
 * `_describe` (~280 B: a message that names the argument and describes any
 * value received without running user code); reading an object once,
 * guarded (`_fields`, ~70 B) and checking a number (`_number`, ~70 B); for
 * a helper that computes, the exact decimals (`_toDecimal`, `_nearest`,
 * `_result`: ~220 B); for a helper with options, the options check that
 * refuses an unknown key and suggests the closest (`_options` with
 * `_editDistance`: ~280 B). Issue 21 took every helper down from where it
 * was (`progressRatio` 1 299 B, `requiredPace` 3 581 B; see `npm run
 * bench`): error texts written where they are thrown, the periods on
 * `Date.UTC` day numbers (no date library), one read of each input. The
 * periods, `delta` and `consistent` are under the target; `progressRatio`
 * is within 6 % of it; the others carry more checks, options or exact
 * arithmetic than the ~450 B left beside the errors and the decimals, and
 * would reach 1 KB only by dropping some of them. Their limits:
 */
const HELPER_EXCEPTIONS: Partial<Record<HelperName, number>> = {
  progressRatio: 1_100, // 1 085 B: the errors, _fields, _number, _nearest
  parsePublished: 1_350, // 1 299 B: the grammar, the exact-digits check
  shareOfTarget: 1_400, // 1 330 B: progress and target read and checked
  formatPercent: 1_500, // 1 455 B: the options check (~330 B, swaps counted as one edit)
  targetGap: 1_500, // 1 435 B
  bounds: 1_500, // 1 455 B: outward rounding to the next double
  product: 1_600, // 1 534 B: two intervals read and checked
  ratio: 1_650, // 1 600 B
  formatPeriod: 1_850, // 1 804 B: the options check, the month names
  formatNumber: 2_000, // 1 951 B: the options check, the words of both locales
  quarterOnQuarter: 2_050, // 1 990 B: two figures, the comparator rules
  formatValue: 2_250, // 2 191 B: the options check, the published form's rules
  impliedBaseline: 2_300, // 2 264 B: the options check, both readings in the message
  projectRunRate: 2_400, // 2 331 B: the options, the coverage, the periods
  change: 2_750, // 2 718 B: bounds of both figures, the as-of dates
  requiredPace: 2_850, // 2 795 B: the target read, the options, the coverage
};

/** The enforced limit of each helper (see {@link HELPER_EXCEPTIONS}). */
export function helperBudgets(): Record<HelperName, number> {
  return Object.fromEntries(
    helpers.map((h) => [h, HELPER_EXCEPTIONS[h] ?? HELPER_TARGET]),
  ) as Record<HelperName, number>;
}

/**
 * The targets (gzip -9 bytes): issue 4's, and issue 10's for the series (one
 * named constant under 1 KB; one series carrying only its releases).
 * `observations`' is the gzip size of every release's observations in their
 * canonical JSON + 1 KB.
 */
export function targets(): Record<BudgetName, number> {
  return {
    constant: 1024 - 1,
    series: 5 * 1024,
    observations: gzipSize(canonicalObservationsJson()) + 1024,
    main: 12 * 1024 - 1,
  };
}

/**
 * The limits `npm test` enforces: the targets, with a stated exception
 * (measured on 2026-11-27, re-measured for issue 12; limits a little above so
 * that growth is a decision; the helpers: see {@link helperBudgets}):
 * - The whole main entry: 21 944 B with one release (23 figures) before
 *   issues 10 and 12: the foundation 8 206 B, the provinces (issue 7)
 *   ~4.3 KB, the research exports and `cite` (issue 6) ~5.5 KB, the helpers,
 *   periods and projections (issue 3) ~6 KB. Issue 12 (exact decimals, the
 *   record checks of the exports and `cite`, bounded lookups) adds ~2.1 KB;
 *   the series (issue 10: 19 releases, 72 figures, 35 series constants, the
 *   series helpers) ~15 KB. Issue 11's exports of every release (the
 *   builders reading `releases` and `conflicts`, ten more columns) add
 *   ~0.5 KB: 41 241 B. Limit: see `budgets()`, re-measured when either
 *   changes. An app that imports named constants or one series pays for
 *   those only (the budgets above); the 12 KB target would need the data in
 *   entries of its own.
 *   Issues 18 and 19 (0.3.0) double the data: 58 releases, 212 figures, 59
 *   indicators, each series point with its publications, the `…Latest`
 *   constants, the vintage rules (~1 KB): 77 490 B; limit 80 KB. No
 *   province table enters the main entry (the DTI values of named
 *   provinces are 10 figures), so nothing moved to an entry of its own.
 * - One series' named constant: the teams series now has 10 figures from 12
 *   releases (5 501 B): limit 6 KB.
 * `npm run bench` prints targets and limits side by side.
 */
export function budgets(): Record<BudgetName, number> {
  return { ...targets(), series: 6 * 1024, main: 80 * 1024 };
}
