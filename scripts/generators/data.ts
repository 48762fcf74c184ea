import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { IndicatorSchema, type ReleaseFile, ReleaseFileSchema } from "../../src/schema.js";
import {
  camelCase,
  type GeneratedFile,
  header,
  literal,
  readJson,
  root,
  union,
} from "./_shared.js";

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${file} does not match its schema:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The canonical release files, oldest first (ids sort by date). */
export function readReleaseFiles(): { file: string; data: ReleaseFile }[] {
  return readdirSync(join(root, "data", "releases"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const file = `data/releases/${f}`;
      return { file, data: parse(ReleaseFileSchema, readJson(file), file) };
    });
}

/** Makes the typed, frozen data modules under `src/generated/`. */
export function generate(): GeneratedFile[] {
  const indicators = parse(
    z.array(IndicatorSchema),
    readJson("data/indicators.json"),
    "data/indicators.json",
  );
  const releaseFiles = readReleaseFiles();
  const latest = releaseFiles.at(-1);
  if (!latest) throw new Error("data/releases/ holds no release");
  const pkg = readJson("package.json") as { version: string };
  const latestFile = latest.file;
  const { release, observations, tasks } = latest.data;

  const obsNames = observations.map((o) => camelCase(o.id));
  const kindTypes = {
    value: "ValueObservation",
    partOfWhole: "PartOfWholeObservation",
    change: "ChangeObservation",
    target: "TargetObservation",
  } as const;
  const usedTypes = [...new Set(observations.map((o) => kindTypes[o.kind]))].sort();
  const observationsModule = [
    header([latestFile]),
    'import { _deepFreeze } from "../_deepFreeze.js";',
    `import type { Observation, ${usedTypes.join(", ")} } from "../model/observation.js";`,
    "",
    ...observations.flatMap((o, i) => [
      "/**",
      ` * ${o.name.en}: \`${o.published}\` (${release.id}).`,
      " *",
      ` * > ${o.quote}`,
      " *",
      " * @category Data",
      " */",
      `export const ${obsNames[i]}: ${kindTypes[o.kind]} = /* @__PURE__ */ _deepFreeze(${literal(o)} as const satisfies ${kindTypes[o.kind]});`,
      "",
    ]),
    "/**",
    ` * Every published figure of the latest release (\`${release.id}\`), in the order of the source.`,
    " *",
    " * @category Data",
    " */",
    `export const observations: readonly Observation[] = /* @__PURE__ */ _deepFreeze([${obsNames.join(", ")}]);`,
    "",
    "/**",
    " * The id of an observation of the latest release: a typo is a compile error.",
    " *",
    " * @category Data",
    " */",
    `export type ObservationId =${union(observations.map((o) => o.id))};`,
    "",
    "/**",
    " * The type of each observation of the latest release, by id: what",
    " * `getObservation(id)` returns.",
    " *",
    " * @category Data",
    " */",
    "export interface ObservationsById {",
    ...observations.flatMap((o) => [
      `  /** ${o.name.en}: \`${o.published}\`. */`,
      `  readonly ${JSON.stringify(o.id)}: ${kindTypes[o.kind]};`,
    ]),
    "}",
    "",
  ].join("\n");

  const indicatorsModule = [
    header(["data/indicators.json"]),
    'import { _deepFreeze } from "../_deepFreeze.js";',
    'import type { Indicator } from "../model/indicator.js";',
    "",
    "/**",
    " * Every indicator: what is measured, its unit and whose figure it is.",
    " *",
    " * @category Data",
    " */",
    `export const indicators: readonly Indicator[] = /* @__PURE__ */ _deepFreeze(${literal(indicators)} as const satisfies readonly Indicator[]);`,
    "",
    "/**",
    " * The id of an indicator.",
    " *",
    " * @category Data",
    " */",
    `export type IndicatorId =${union(indicators.map((i) => i.id))};`,
    "",
  ].join("\n");

  const releaseNames = releaseFiles.map((r) => camelCase(r.data.release.id));
  const allTasks = releaseFiles.flatMap((r) => r.data.tasks);
  const releasesModule = [
    header(releaseFiles.map((r) => r.file)),
    'import { _deepFreeze } from "../_deepFreeze.js";',
    'import type { Correction, Release } from "../model/release.js";',
    'import type { Task } from "../model/task.js";',
    "",
    ...releaseFiles.flatMap((r, i) => [
      "/**",
      ` * The edition \`${r.data.release.id}\`: ${r.data.release.title.en}.`,
      " *",
      " * @category Data",
      " */",
      `export const ${releaseNames[i]}: Release = /* @__PURE__ */ _deepFreeze(${literal(r.data.release)} as const satisfies Release);`,
      "",
    ]),
    "/**",
    " * Every edition of the data, oldest first.",
    " *",
    " * @category Data",
    " */",
    `export const releases: readonly Release[] = /* @__PURE__ */ _deepFreeze([${releaseNames.join(", ")}]);`,
    "",
    "/**",
    " * The newest edition: the one `observations` and `tasks` come from.",
    " *",
    " * @category Data",
    " */",
    `export const latestRelease: Release = ${releaseNames.at(-1)};`,
    "",
    "/**",
    " * Every correction made to any edition since its first release, oldest first",
    " * (what, when, why). Empty: nothing has been corrected.",
    " *",
    " * @category Data",
    " */",
    `export const corrections: readonly Correction[] = /* @__PURE__ */ _deepFreeze(${literal(releaseFiles.flatMap((r) => r.data.release.corrections))} as const satisfies readonly Correction[]);`,
    "",
    "/**",
    " * The id of an edition.",
    " *",
    " * @category Data",
    " */",
    `export type ReleaseId =${union(releaseFiles.map((r) => r.data.release.id))};`,
    "",
    "/**",
    " * The commitments with no number (due period, verbatim clause) of the latest release.",
    " *",
    " * @category Data",
    " */",
    `export const tasks: readonly Task[] = /* @__PURE__ */ _deepFreeze(${literal(tasks)} as const satisfies readonly Task[]);`,
    "",
    "/**",
    " * The id of a task.",
    " *",
    " * @category Data",
    " */",
    `export type TaskId =${union(allTasks.map((t) => t.id))};`,
    "",
  ].join("\n");

  const versionModule = [
    header(["package.json", latestFile]),
    "/**",
    " * The version of this package (the same as its `package.json`).",
    " *",
    " * @category Data",
    " */",
    `export const VERSION = ${JSON.stringify(pkg.version)};`,
    "",
    "/**",
    " * The edition and data version the package carries: `<release id>@<data version>`.",
    " * A correction bumps the data version's patch.",
    " *",
    " * @category Data",
    " */",
    `export const DATA_VERSION = ${JSON.stringify(`${release.id}@${release.version}`)};`,
    "",
  ].join("\n");

  return [
    { path: "src/generated/observations.ts", content: observationsModule },
    { path: "src/generated/indicators.ts", content: indicatorsModule },
    { path: "src/generated/releases.ts", content: releasesModule },
    { path: "src/generated/version.ts", content: versionModule },
  ];
}
