import type { SeriesPoint } from "../../src/model/series.js";
import type { Observation } from "../../src/schema.js";
import { figuresOf, readDataSet, seriesPoints } from "./_dataset.js";
import {
  camelCase,
  type GeneratedFile,
  header,
  parsed,
  readPackageJson,
  union,
} from "./_shared.js";

export { readReleaseFiles } from "./_dataset.js";

const KIND_TYPES = {
  value: "ValueObservation",
  partOfWhole: "PartOfWholeObservation",
  change: "ChangeObservation",
  target: "TargetObservation",
} as const;

/** A JavaScript name for a release id (`1thegioi-2022-06-02` → `release1thegioi20220602`). */
export function releaseName(id: string): string {
  const name = camelCase(id);
  return /^\d/.test(name) ? `release${name}` : name;
}

/** The name of an indicator's series constant (`community-tech-teams` → `communityTechTeamsSeries`). */
export function seriesName(indicator: string): string {
  return `${camelCase(indicator)}Series`;
}

/** The name of an indicator's latest-figure constant (`community-tech-teams` → `communityTechTeamsLatest`). */
export function latestName(indicator: string): string {
  return `${camelCase(indicator)}Latest`;
}

/** Makes the typed, frozen data modules under `src/generated/`. */
export function generate(): GeneratedFile[] {
  const data = readDataSet();
  const pkg = readPackageJson();
  const { releases, observations, indicators, conflicts } = data;
  const releaseFiles = releases.map((r) => r.file);
  const releaseById = new Map(releases.map((r) => [r.release.id, r.release]));

  const obsNames = new Map(observations.map((o) => [o.id, camelCase(o.id)]));
  const usedTypes = [...new Set(observations.map((o) => KIND_TYPES[o.kind]))].sort();
  const describe = (o: Observation): string => {
    const release = releaseById.get(o.release);
    const source = release?.source.printedBy ?? release?.id ?? o.release;
    return `${o.name.en}: \`${o.published}\`${o.status === "normal" ? "" : ` (${o.status === "estimate" ? "an estimate" : o.status})`}, as of ${o.asOf} (${o.release}${source !== o.release ? `, ${source}` : ""})`;
  };
  const observationsModule = [
    header(releaseFiles),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    `import type { Observation, ${usedTypes.join(", ")} } from "../model/observation.js";`,
    "",
    ...observations.flatMap((o) => [
      "/**",
      ` * ${describe(o)}.`,
      ...(o.quote === null ? [] : [" *", ` * > ${o.quote}`]),
      " *",
      " * @category Data",
      " */",
      `export const ${obsNames.get(o.id)}: ${KIND_TYPES[o.kind]} = /* @__PURE__ */ _deepFreeze(${parsed(o)});`,
      "",
    ]),
    "/**",
    " * Every published figure of every release, release by release (oldest",
    " * release first), each release's figures in the order of its source. For",
    " * one indicator over time, use `series`.",
    " *",
    " * @category Data",
    " */",
    `export const observations: readonly Observation[] = /* @__PURE__ */ _deepFreeze([${observations.map((o) => obsNames.get(o.id)).join(", ")}]);`,
    "",
    "/**",
    " * The id of an observation: a typo is a compile error.",
    " *",
    " * @category Data",
    " */",
    `export type ObservationId =${union(observations.map((o) => o.id))};`,
    "",
    "/**",
    " * The type of each observation, by id: what `getObservation(id)` returns.",
    " *",
    " * @category Data",
    " */",
    "export interface ObservationsById {",
    ...observations.flatMap((o) => [
      `  /** ${o.name.en}: \`${o.published}\`, as of ${o.asOf} (${o.release}). */`,
      `  readonly ${JSON.stringify(o.id)}: ${KIND_TYPES[o.kind]};`,
    ]),
    "}",
    "",
  ].join("\n");

  const indicatorsModule = [
    header(["data/indicators.json"]),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    'import type { Indicator } from "../model/indicator.js";',
    "",
    "/**",
    " * Every indicator: what is measured, its unit, whose figure it is, the",
    " * words sources use for it, and the indicators that sound alike but count",
    " * something else.",
    " *",
    " * @category Data",
    " */",
    `export const indicators: readonly Indicator[] = /* @__PURE__ */ _deepFreeze(${parsed(indicators)});`,
    "",
    "/**",
    " * The id of an indicator.",
    " *",
    " * @category Data",
    " */",
    `export type IndicatorId =${union(indicators.map((i) => i.id))};`,
    "",
  ].join("\n");

  const names = releases.map((r) => releaseName(r.release.id));
  const publisherName = (id: string): string => `_publisher${camelCase(`-${id}`)}`;
  const allTasks = releases.flatMap((r) => r.tasks);
  const releaseLiteral = (i: number): string => {
    const { release } = releases[i] as (typeof releases)[number];
    if (release.publisher === null) return parsed(release);
    // parsed with a placeholder, then pointed at the shared, frozen publisher
    return `/* @__PURE__ */ _with(${parsed({ ...release, publisher: null })}, "publisher", ${publisherName(release.publisher.id)})`;
  };
  const usedPublishers = data.publishers.filter((p) =>
    releases.some((r) => r.release.publisher?.id === p.id),
  );
  const releasesModule = [
    header(["data/publishers.json", ...releaseFiles]),
    'import { _deepFreeze, _with } from "../_lib/_deepFreeze.js";',
    'import type { Correction, Publisher, Release } from "../model/release.js";',
    'import type { Task } from "../model/task.js";',
    "",
    ...usedPublishers.flatMap((p) => [
      `/** ${p.name.en}, whose figures the releases give. */`,
      `const ${publisherName(p.id)}: Publisher = /* @__PURE__ */ _deepFreeze(${parsed(p)});`,
      "",
    ]),
    ...releases.flatMap((r, i) => [
      "/**",
      ` * The release \`${r.release.id}\`: ${r.release.title.en}.`,
      " *",
      " * @category Data",
      " */",
      `export const ${names[i]}: Release = /* @__PURE__ */ _deepFreeze(${releaseLiteral(i)});`,
      "",
    ]),
    "/**",
    " * Every release, oldest first: by the date of its page, or where the page",
    " * shows none, by the latest as-of date of its figures.",
    " *",
    " * @category Data",
    " */",
    `export const releases: readonly Release[] = /* @__PURE__ */ _deepFreeze([${names.join(", ")}]);`,
    "",
    "/**",
    ` * The newest release (\`${releases.at(-1)?.release.id}\`), the last of \`releases\`.`,
    " *",
    " * @category Data",
    " */",
    `export const latestRelease: Release = ${names.at(-1)};`,
    "",
    "/**",
    " * Every correction made to any release since its first publication, oldest first",
    " * (what, when, why). Empty: nothing has been corrected.",
    " *",
    " * @category Data",
    " */",
    `export const corrections: readonly Correction[] = /* @__PURE__ */ _deepFreeze(${parsed(releases.flatMap((r) => r.release.corrections))});`,
    "",
    "/**",
    " * The id of a release.",
    " *",
    " * @category Data",
    " */",
    `export type ReleaseId =${union(releases.map((r) => r.release.id))};`,
    "",
    "/**",
    " * The commitments with no number (due period, verbatim clause) of every release.",
    " *",
    " * @category Data",
    " */",
    `export const tasks: readonly Task[] = /* @__PURE__ */ _deepFreeze(${parsed(allTasks)});`,
    "",
    "/**",
    " * The id of a task.",
    " *",
    " * @category Data",
    " */",
    `export type TaskId =${union(allTasks.map((t) => t.id))};`,
    "",
  ].join("\n");

  const conflictsModule = [
    header(["data/conflicts.json"]),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    'import type { Conflict } from "../model/conflict.js";',
    "",
    "/**",
    " * What the sources disagree on, each naming the observations and releases",
    " * involved and what disagrees. The package resolves none of them: every",
    " * figure stays as published.",
    " *",
    " * @category Data",
    " */",
    `export const conflicts: readonly Conflict[] = /* @__PURE__ */ _deepFreeze(${parsed(conflicts)});`,
    "",
    "/**",
    " * The id of a conflict.",
    " *",
    " * @category Data",
    " */",
    `export type ConflictId =${union(conflicts.map((c) => c.id))};`,
    "",
  ].join("\n");

  const figures = figuresOf(data);
  const areaKey = (a: SeriesPoint["area"]): string | null =>
    a === null ? null : `${a.units}:${a.code}`;
  /** The level kind of an indicator's figures (one kind per indicator), or null where it has none. */
  const levelKind = (indicator: string): "value" | "partOfWhole" | null => {
    const kinds = new Set(
      observations
        .filter(
          (o) => o.indicator === indicator && (o.kind === "value" || o.kind === "partOfWhole"),
        )
        .map((o) => o.kind),
    );
    if (kinds.size > 1)
      throw new Error(`${indicator}: its figures mix kinds ${[...kinds].join(", ")}`);
    return ([...kinds][0] as "value" | "partOfWhole" | undefined) ?? null;
  };
  const seriesEntries = indicators.map((indicator) => ({
    indicator,
    kind: levelKind(indicator.id),
    points: seriesPoints(data, indicator.id),
    areas: [
      ...new Set(
        figures
          .filter((f) => f.figure.startsWith(`${indicator.id}@`) && f.area !== null)
          .map((f) => areaKey(f.area) as string),
      ),
    ].map((area) => ({ area, points: seriesPoints(data, indicator.id, area) })),
  }));
  const releaseName_ = (id: string): string => {
    const i = releases.findIndex((r) => r.release.id === id);
    return names[i] as string;
  };
  const pointType = (kind: "value" | "partOfWhole" | null): string =>
    kind === null ? "SeriesPoint" : `SeriesPoint<${KIND_TYPES[kind]}>`;
  const pointLiteral = (p: SeriesPoint): string =>
    `{ figure: ${JSON.stringify(p.figure)}, asOf: ${JSON.stringify(p.asOf)}, area: ${JSON.stringify(p.area)}, observation: ${obsNames.get(p.observation.id)}, release: ${releaseName_(p.release.id)}, status: ${JSON.stringify(p.status)}, publications: [${p.publications
      .map(
        (q) =>
          `{ observation: ${obsNames.get(q.observation.id)}, release: ${releaseName_(q.release.id)}, knownFrom: ${JSON.stringify(q.knownFrom)}, vintage: ${q.vintage}, role: ${JSON.stringify(q.role)} }`,
      )
      .join(
        ", ",
      )}], revised: ${p.revised}, conflicts: ${JSON.stringify(p.conflicts)}, reason: ${JSON.stringify(p.reason)} }`;
  const allPoints = seriesEntries.flatMap((e) => [
    ...e.points,
    ...e.areas.flatMap((a) => a.points),
  ]);
  const usedObs = [
    ...new Set(
      allPoints.flatMap((p) => p.publications.map((q) => obsNames.get(q.observation.id) as string)),
    ),
  ].sort();
  const usedReleases = [
    ...new Set(allPoints.flatMap((p) => p.publications.map((q) => releaseName_(q.release.id)))),
  ].sort();
  const usedKinds = [
    ...new Set(seriesEntries.flatMap((e) => (e.kind === null ? [] : [KIND_TYPES[e.kind]]))),
  ].sort();
  const describePoint = (p: SeriesPoint): string =>
    `\`${p.observation.published}\` (${p.asOf}${p.publications.length > 1 ? `, ${p.publications.length} publications` : ""})`;
  const seriesModule = [
    header(["data/indicators.json", ...releaseFiles]),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    `import type { ${usedKinds.join(", ")} } from "../model/observation.js";`,
    'import type { SeriesPoint } from "../model/series.js";',
    `import { ${usedObs.join(", ")} } from "./observations.js";`,
    `import { ${usedReleases.join(", ")} } from "./releases.js";`,
    "",
    ...seriesEntries
      .filter((e) => e.points.length > 0)
      .flatMap(({ indicator, kind, points }) => {
        const last = points.at(-1) as SeriesPoint;
        return [
          "/**",
          ` * The newest figure of \`${indicator.id}\` (${indicator.name.en}): ${describePoint(last)}, from \`${last.release.id}\`${last.release.publisher ? ` (${last.release.publisher.abbreviation})` : ""}.`,
          " * The last point of its series, as known when this package was built;",
          " * a bundle that imports it carries only its publications' releases.",
          " *",
          " * @category Series",
          " */",
          `export const ${latestName(indicator.id)}: ${pointType(kind)} = /* @__PURE__ */ _deepFreeze(${pointLiteral(last)});`,
          "",
          "/**",
          ` * The series of \`${indicator.id}\` (${indicator.name.en}), one point per figure: ${points.map(describePoint).join(", ")}.`,
          " * In as-of order, each figure at its latest vintage with every publication",
          " * of it; a bundle that imports it carries these releases only.",
          " *",
          " * @category Series",
          " */",
          `export const ${seriesName(indicator.id)}: readonly ${pointType(kind)}[] = /* @__PURE__ */ _deepFreeze([${[...points.slice(0, -1).map(pointLiteral), latestName(indicator.id)].join(", ")}]);`,
          "",
        ];
      }),
  ].join("\n");

  const nationEntries = seriesEntries.filter((e) => e.points.length > 0);
  const seriesIndexModule = [
    header(["data/indicators.json", ...releaseFiles]),
    'import { _deepFreeze } from "../_lib/_deepFreeze.js";',
    'import type { PartOfWholeObservation, ValueObservation } from "../model/observation.js";',
    `import type { ${seriesEntries.some((e) => e.kind === null) ? "LevelObservation, " : ""}SeriesPoint } from "../model/series.js";`,
    ...(seriesEntries.some((e) => e.areas.length > 0)
      ? [
          `import { ${[...new Set(seriesEntries.flatMap((e) => e.areas.flatMap((a) => a.points.flatMap((p) => p.publications.map((q) => obsNames.get(q.observation.id) as string)))))].sort().join(", ")} } from "./observations.js";`,
          `import { ${[...new Set(seriesEntries.flatMap((e) => e.areas.flatMap((a) => a.points.flatMap((p) => p.publications.map((q) => releaseName_(q.release.id))))))].sort().join(", ")} } from "./releases.js";`,
        ]
      : []),
    `import { ${nationEntries
      .map(({ indicator }) => seriesName(indicator.id))
      .sort()
      .join(", ")} } from "./series.js";`,
    "",
    "/**",
    " * Every series, by key: the indicator's id for its figures about the",
    " * nation, `<id>@<units>:<code>` for one province's (what `series(id, { area })`",
    " * returns as known today).",
    " *",
    " * @internal",
    " */",
    `export const _seriesByKey: Readonly<Record<string, readonly SeriesPoint[]>> = /* @__PURE__ */ _deepFreeze({ ${seriesEntries
      .flatMap(({ indicator, points, areas }) => [
        ...(points.length > 0
          ? [`${JSON.stringify(indicator.id)}: ${seriesName(indicator.id)}`]
          : []),
        ...areas.map(
          (a) =>
            `${JSON.stringify(`${indicator.id}@${a.area}`)}: [${a.points.map(pointLiteral).join(", ")}]`,
        ),
      ])
      .join(", ")} });`,
    "",
    "/**",
    " * Every indicator id, with the areas its figures are about (none: only the nation).",
    " *",
    " * @internal",
    " */",
    `export const _areasByIndicator: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ _deepFreeze({ ${seriesEntries
      .map(
        ({ indicator, areas }) =>
          `${JSON.stringify(indicator.id)}: ${JSON.stringify(areas.map((a) => a.area))}`,
      )
      .join(", ")} });`,
    "",
    "/**",
    " * The level observation type of each indicator's figures: what `series(id)`,",
    " * `latest(id)` and the series constants hold.",
    " *",
    " * @category Series",
    " */",
    "export interface IndicatorLevels {",
    ...seriesEntries.flatMap(({ indicator, kind }) => [
      `  /** ${indicator.name.en}. */`,
      `  readonly ${JSON.stringify(indicator.id)}: ${kind === null ? "LevelObservation" : KIND_TYPES[kind]};`,
    ]),
    "}",
    "",
  ].join("\n");

  const versionModule = [
    header(["package.json", "data/dataset.json"]),
    "/**",
    " * The version of this package (the same as its `package.json`).",
    " *",
    " * @category Data",
    " */",
    `export const VERSION = ${JSON.stringify(pkg.version)};`,
    "",
    "/**",
    " * The version of the data set (semantic versioning, apart from the",
    " * package's): a new release is a minor, a correction of a release a patch,",
    " * a renamed id or a removed field a major. Each release also has its own",
    " * `version`, which a correction of it bumps.",
    " *",
    " * @category Data",
    " */",
    `export const DATA_VERSION = ${JSON.stringify(data.version)};`,
    "",
  ].join("\n");

  return [
    { path: "src/generated/observations.ts", content: observationsModule },
    { path: "src/generated/indicators.ts", content: indicatorsModule },
    { path: "src/generated/releases.ts", content: releasesModule },
    { path: "src/generated/conflicts.ts", content: conflictsModule },
    { path: "src/generated/series.ts", content: seriesModule },
    { path: "src/generated/seriesByIndicator.ts", content: seriesIndexModule },
    { path: "src/generated/version.ts", content: versionModule },
  ];
}
