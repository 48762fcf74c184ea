import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { PNG } from "pngjs";
import type { TopLevelSpec } from "vega-lite";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../scripts/generators/_shared.js";
import { textWidth } from "../../scripts/generators/_textWidth.js";
import { VEGA_LITE_SCHEMA } from "../../scripts/generators/charts/_config.js";
import { FIGURE, OPEN, TARGET } from "../../scripts/generators/charts/_marks.js";
import { timeSeriesSpec } from "../../scripts/generators/charts/_timeSeries.js";
import type { Chart, ChartData, ChartSeries } from "../../scripts/generators/charts/_types.js";
import { dtiSpec } from "../../scripts/generators/charts/dti.js";
import { chartSpecs } from "../../scripts/generators/charts/index.js";
import {
  ChartSpecWarning,
  chartData,
  compileChart,
  generate,
  renderChart,
} from "../../scripts/generators/charts.js";
import {
  observations as allObservations,
  bounds,
  conflicts,
  DATA_VERSION,
  getIndicator,
  getRelease,
  type IndicatorId,
  parsePeriod,
  periodEnd,
  periodStart,
  type ReleaseId,
  type SeriesPoint,
  series,
} from "../../src/index.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { findChromium, INSTALL_CHROMIUM, needSystem } from "../_system.js";
import { syntheticSeries } from "./_syntheticSeries.js";

/*
 * The charts under docs/: one Vega-Lite 5 spec each (docs/charts/<name>.vl.json),
 * rendered to SVG by Vega in Node (docs/<name>.svg). Each file is made again
 * here and compared byte for byte; each spec is valid Vega-Lite 5 and
 * compiles without a warning; each SVG draws every figure it must, one mark
 * per figure (a relay is not a second mark), as its qualifier and status say
 * (a "more than" open upwards, a month across its month, an estimate hollow,
 * a provisional value pale, a forecast dashed, a revised figure ringed), with
 * a key saying how each reads, and renders in Chromium to an image that is
 * not blank. The generic chart of one indicator over time is built from a
 * synthetic series too, to read every status on it.
 *
 * To look at the rendered images, keep them:
 *   CHARTS_PNG_DIR=/some/folder npx vitest run --config test/vitest.config.ts test/docs/charts.test.ts
 */

const root = join(import.meta.dirname, "..", "..");
const NAMES = [
  "community-tech-teams",
  "dti",
  "fully-online-services-2023",
  "ndxp-since-launch",
  "online-dossiers",
  "progress",
  "targets",
] as const;
type Name = (typeof NAMES)[number];

/** The package's data through its public API, as a notebook would give it to the builders. */
const api: ChartData = {
  dataVersion: DATA_VERSION,
  conflicts,
  indicator: (id) => getIndicator(id as IndicatorId),
  series: (id) => series(id as IndicatorId),
  observations: allObservations,
  release: (id) => getRelease(id as ReleaseId),
};

let files: GeneratedFile[] = [];
let specs: Chart[] = [];
const svgs = new Map<Name, string>();

beforeAll(async () => {
  files = await generate();
  specs = chartSpecs(chartData());
  for (const name of NAMES) {
    svgs.set(name, files.find((f) => f.path === `docs/${name}.svg`)?.content ?? "");
  }
});

const svgOf = (name: Name): string => svgs.get(name) ?? "";
const specOf = (name: Name): TopLevelSpec => {
  const chart = specs.find((c) => c.name === name);
  if (chart === undefined) throw new Error(`no chart ${name}`);
  return chart.spec;
};

// ---------------------------------------------------------------------------
// Reading an SVG Vega wrote

/** `&amp;` … back to the character. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
}

/** `text` as a regular expression that matches it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every start tag of an SVG, with its attributes. */
function elements(svg: string): Element[] {
  return [...svg.matchAll(/<([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)].map((m) => ({
    tag: m[1] ?? "",
    attrs: Object.fromEntries(
      [...(m[2] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [
        a[1],
        decodeEntities(a[2] ?? ""),
      ]),
    ),
  }));
}

/** The text of every `<text>` element. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decodeEntities(m[1] ?? ""));
}

/** The `translate(x,y)` of an element. */
function translate(e: Element): { x: number; y: number } {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(e.attrs.transform ?? "");
  return { x: Number(m?.[1]), y: Number(m?.[2]) };
}

/** The releases an accessible label names after its ` — `: the one shown first, then the others. */
function releasesNamed(label: string): string[] {
  return (label.split(" — ")[1] ?? "").split(", ");
}

/** The mark of a figure: the element whose accessible label starts `<as-of>: <printed form>` and names the release shown first. */
function markOf(svg: string, p: SeriesPoint): Element {
  const { observation: o, release } = p;
  const found = elements(svg).filter(
    (e) =>
      e.attrs["aria-label"]?.startsWith(`${p.asOf}: ${o.published}`) &&
      releasesNamed(e.attrs["aria-label"] ?? "")[0] === `${release.id}@${release.version}`,
  );
  expect(found.length, `${p.figure}: one mark for ${p.asOf} ${o.published}`).toBe(1);
  return found[0] as Element;
}

/** The marks of figures: elements whose accessible label starts with an as-of date or period. */
function figureMarks(svg: string): Element[] {
  return elements(svg).filter((e) =>
    /^\d{4}(-Q\d|-\d{2}(-\d{2})?)?: /.test(e.attrs["aria-label"] ?? ""),
  );
}

/** The part of an SVG that draws the `i`-th panel of its vconcat (Vega's `concat_<i>_group`). */
function panelSvg(svg: string, i: number): string {
  const from = svg.indexOf(`concat_${i}_group`);
  const to = svg.indexOf(`concat_${i + 1}_group`);
  expect(from, `panel ${i}`).toBeGreaterThan(0);
  return svg.slice(from, to < 0 ? undefined : to);
}

const TRIANGLE = /^M0,-[\d.]+L-[\d.]+,[\d.]+L[\d.]+,[\d.]+Z$/;
const CIRCLE = /^M[\d.]+,0A[\d.]+,[\d.]+,0,1,1,-[\d.]+,0A/;
/** A bar across a period: a rect 8 px high, `M<x>,<y>h<width>v8h-<width>Z`. */
const PERIOD_BAR = /^M([\d.]+),([\d.]+)h([\d.]+)v8h-[\d.]+Z$/;

/** The bands of open intervals of a day: `M<x>,<top>h9v<height>h-9Z`, filled with a gradient. */
function bands(svg: string): { x: number; top: number; bottom: number }[] {
  return elements(svg)
    .filter((e) => e.tag === "path" && /^url\(#gradient_\d+\)$/.test(e.attrs.fill ?? ""))
    .flatMap((e) => {
      const m = /^M([\d.]+),([\d.]+)h9v([\d.]+)h-9Z$/.exec(e.attrs.d ?? "");
      return m === null
        ? []
        : [{ x: Number(m[1]) + 4.5, top: Number(m[2]), bottom: Number(m[2]) + Number(m[3]) }];
    });
}

/** The rings around revised figures: outlined only, thin, with no accessible label (they are not figures). */
function rings(svg: string): Element[] {
  return elements(svg).filter(
    (e) =>
      e.tag === "path" &&
      e.attrs["aria-label"] === undefined &&
      e.attrs["fill-opacity"] === "0" &&
      e.attrs["stroke-width"] === "1.25",
  );
}

/** A panel's pixels per day, from its spec: the plot's width over its time domain. */
function pxPerDay(panel: unknown): number {
  const p = panel as {
    width: number;
    layer: { encoding?: { x?: { scale?: { domain: number[] } } } }[];
  };
  const domain = p.layer.map((l) => l.encoding?.x?.scale?.domain).find((d) => d !== undefined);
  if (domain === undefined) throw new Error("no time domain");
  return p.width / (((domain[1] ?? 0) - (domain[0] ?? 0)) / 86_400_000);
}

/** The days an as-of period spans. */
function daysIn(asOf: string): number {
  return (
    (Date.parse(`${periodEnd(asOf)}T00:00:00Z`) - Date.parse(`${periodStart(asOf)}T00:00:00Z`)) /
      86_400_000 +
    1
  );
}

/** The words a label gives each status (none for `normal`). */
const STATUS_LABEL = {
  normal: "",
  estimate: " (ước tính · estimate)",
  provisional: " (sơ bộ · provisional)",
  forecast: " (dự báo · forecast)",
} as const;

/** How many publications of a point print the value it shows (the one shown and its relays). */
function printedBy(p: SeriesPoint): number {
  return p.publications.filter(
    (q) =>
      q.observation.value === p.observation.value &&
      q.observation.comparator === p.observation.comparator &&
      q.observation.status === p.status &&
      q.role !== "conflicting",
  ).length;
}

/**
 * Every figure of a series is drawn once, as its qualifier and status say:
 * a "more than" (no upper bound, from `bounds`) as a triangle under a band
 * up to the top of the plot; a figure of a day as a point; of a month (or
 * year), as a bar across it; filled when `normal`, hollow for an estimate,
 * pale for a provisional value, hollow and dashed for a forecast; a ring
 * around a revised one; and its label gives the printed form, the status in
 * words, the earlier value of a revision and the number of releases that
 * print it where more than one.
 */
function expectSeriesDrawn(
  svg: string,
  points: readonly SeriesPoint[],
  colour: string,
  panel: unknown,
): void {
  const labels = texts(svg);
  const open = bands(svg);
  const ringed = rings(svg);
  for (const p of points) {
    const o = p.observation;
    const mark = markOf(svg, p);
    const at = translate(mark);
    const n = printedBy(p);
    // the label: printed form, status, the earlier value of a revision, the
    // releases printing it where more than one, footnote marks
    const label = new RegExp(
      `^${escapeRegExp(`${o.published}${STATUS_LABEL[p.status]}`)}${
        p.revised ? " \\(sửa từ · revised from [^)]+\\)" : ""
      }${n > 1 ? ` \\(${n} nguồn\\)` : ""}( [*†‡§])*$`,
    );
    expect(
      labels.some((l) => label.test(l)),
      `${p.figure}: a label ${label}`,
    ).toBe(true);
    // every release that prints it is named by its one mark
    expect(releasesNamed(mark.attrs["aria-label"] ?? "").sort()).toEqual(
      [...new Set(p.publications.map((q) => `${q.release.id}@${q.release.version}`))].sort(),
    );
    expect(mark.tag).toBe("path");
    let ring: boolean;
    if (parsePeriod(p.asOf).type !== "day") {
      // across its period, not on a day
      const bar = PERIOD_BAR.exec(mark.attrs.d ?? "");
      expect(bar, `${p.figure}: a bar across ${p.asOf}`).not.toBeNull();
      expect(Number(bar?.[3])).toBeCloseTo(daysIn(p.asOf) * pxPerDay(panel), 6);
      // the ring: 4 px wider each side and 8 px higher than the bar, at its place
      ring = ringed.some((r) => {
        const m = /^M([\d.]+),([\d.]+)h[\d.]+v16h/.exec(r.attrs.d ?? "");
        return (
          m !== null &&
          Math.abs(Number(m[1]) - (Number(bar?.[1]) - 4)) < 1e-6 &&
          Math.abs(Number(m[2]) - (Number(bar?.[2]) - 4)) < 1e-6
        );
      });
    } else {
      if (bounds(o).upper === null) {
        expect(mark.attrs.d, `${p.figure}: "more than" is a triangle`).toMatch(TRIANGLE);
        expect(
          open.some(
            (b) => Math.abs(b.x - at.x) < 1e-6 && b.top === 0 && Math.abs(b.bottom - at.y) < 1e-6,
          ),
          `${p.figure}: a band from the figure up to the top of the plot`,
        ).toBe(true);
      } else {
        expect(mark.attrs.d, `${p.figure}: a point`).toMatch(CIRCLE);
        expect(
          open.some((b) => Math.abs(b.x - at.x) < 1e-6 && Math.abs(b.bottom - at.y) < 1e-6),
          `${p.figure}: no open band`,
        ).toBe(false);
      }
      ring = ringed.some((r) => r.attrs.transform === mark.attrs.transform);
    }
    expect(ring, `${p.figure}: a ring when revised`).toBe(p.revised);
    const { fill, stroke } = mark.attrs;
    const dash = mark.attrs["stroke-dasharray"];
    const style = {
      normal: [colour, undefined, undefined],
      estimate: ["#ffffff", colour, undefined],
      provisional: [colour, colour, undefined],
      forecast: ["#ffffff", colour, "3,2"],
    }[p.status];
    expect([fill, stroke, dash], `${p.figure}: drawn as ${p.status}`).toEqual(style);
    expect(mark.attrs["fill-opacity"]).toBe(p.status === "provisional" ? "0.3" : undefined);
  }
}

/** The note lines under a chart, as its spec gives them (the SVG drops their indent). */
function footerLines(spec: TopLevelSpec): string[] {
  const parts = (spec as { vconcat: { data?: { values?: { line?: string }[] } }[] }).vconcat;
  return (parts.at(-1)?.data?.values ?? []).map((v) => v.line ?? "");
}

/** Every release the points come from is named, with its version, and the data version. */
function expectSources(name: Name, releases: readonly string[]): void {
  const footer = texts(svgOf(name)).join("\n");
  for (const r of releases) expect(footer, `${name} names ${r}`).toContain(r);
  expect(footer).toContain(`data version ${DATA_VERSION}`);
}

/** Every release printing a point (`id@version`). */
const idsAt = (p: SeriesPoint): string[] =>
  p.publications.map((q) => `${q.release.id}@${q.release.version}`);

/** The size an SVG declares. */
function size(svg: string): { width: number; height: number } {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(svg) as {
    svg: { width: string; height: string };
  };
  return { width: Number(parsed.svg.width), height: Number(parsed.svg.height) };
}

// ---------------------------------------------------------------------------

describe("the charts under docs/", () => {
  it("are the seven charts, each a spec and an SVG, on disk as the script makes them from data/ now", () => {
    expect(files.map((f) => f.path)).toEqual(
      NAMES.flatMap((n) => [`docs/charts/${n}.vl.json`, `docs/${n}.svg`]),
    );
    for (const file of files) {
      const onDisk = readFileSync(join(root, file.path), "utf8");
      expect(onDisk === file.content, `${file.path} is stale: run \`npm run generate\``).toBe(true);
    }
  });

  it("are the same bytes in another time zone and locale (nothing reads the machine's zone, fonts or clock)", () => {
    const hashes = (entries: readonly GeneratedFile[]) =>
      Object.fromEntries(
        entries.map((f) => [f.path, createHash("sha256").update(f.content).digest("hex")]),
      );
    const script = `import(${JSON.stringify(pathToFileURL(join(root, "scripts/generators/charts.ts")).href)}).then(async (m) => { const { createHash } = await import("node:crypto"); const files = await m.generate(); console.log(JSON.stringify(Object.fromEntries(files.map((f) => [f.path, createHash("sha256").update(f.content).digest("hex")])))); })`;
    for (const env of [
      { TZ: "Pacific/Kiritimati", LANG: "vi_VN.UTF-8", LC_ALL: "vi_VN.UTF-8" },
      { TZ: "Pacific/Honolulu", LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" },
    ]) {
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        {
          cwd: root,
          encoding: "utf8",
          env: { ...process.env, ...env },
          timeout: PROGRAM_HANG_MS,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout), `${env.TZ}`).toEqual(hashes(files));
    }
  });

  it("are built from the data the same way through the public API (series, getIndicator …) as from data/", () => {
    expect(chartSpecs(api)).toEqual(specs);
  });

  it("leave Vega's text measurement and the spec as they found them, and measure text without a canvas", async () => {
    const vega = (await import("vega")) as unknown as {
      textMetrics: { width: unknown; estimateWidth: unknown };
    };
    const before = vega.textMetrics.width;
    const chart = chartSpecs(chartData())[0] as Chart;
    const copy = structuredClone(chart);
    expect(await renderChart(chart)).toBe(svgOf("community-tech-teams"));
    expect(vega.textMetrics.width).toBe(before);
    expect(chart).toStrictEqual(copy);
    // DejaVu Sans: "0" is 0.636 em, "ệ" as wide as "e", bold wider
    expect(textWidth({ fontSize: 10 }, "0")).toBeCloseTo(6.36, 10);
    expect(textWidth({ fontSize: 12 }, "Tổ ệ")).toBe(textWidth({ fontSize: 12 }, "To e"));
    expect(textWidth({ fontSize: 12, fontWeight: "bold" }, "42.460")).toBeGreaterThan(
      textWidth({ fontSize: 12 }, "42.460"),
    );
    expect(textWidth({ fontSize: 11, limit: 20 }, "a long label")).toBe(20);
    expect(textWidth({}, "")).toBe(0);
  });

  describe("each spec", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    ajv.addFormat("color-hex", /^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
    const validate = ajv.compile(
      JSON.parse(
        readFileSync(join(root, "node_modules/vega-lite/build/vega-lite-schema.json"), "utf8"),
      ),
    );

    it.each(NAMES)(
      "%s declares Vega-Lite 5, is valid against its JSON schema and compiles without a warning",
      (name) => {
        const spec = specOf(name) as { $schema?: string };
        expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
        expect(VEGA_LITE_SCHEMA).toBe("https://vega.github.io/schema/vega-lite/v5.json");
        const ok = validate(spec);
        expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(() => compileChart({ name, spec: specOf(name) })).not.toThrow();
      },
    );

    it("(the checks can fail: a wrong mark is invalid, a channel the mark cannot show warns)", () => {
      expect(validate({ $schema: VEGA_LITE_SCHEMA, mark: "nope", data: { values: [] } })).toBe(
        false,
      );
      const warns = {
        $schema: VEGA_LITE_SCHEMA,
        data: { values: [{ a: 1, b: "x" }] },
        mark: "bar",
        encoding: {
          x: { field: "a", type: "quantitative" },
          shape: { field: "b", type: "nominal" },
        },
      } as TopLevelSpec;
      expect(validate(warns)).toBe(true);
      expect(() => compileChart({ name: "bad", spec: warns })).toThrow(ChartSpecWarning);
    });

    it.each(NAMES)(
      "%s joins no two figures by a line (nothing is known between two dates)",
      (name) => {
        const marks = JSON.stringify(specOf(name)).match(
          /"type":"(line|area|trail)"|"mark":"(line|area|trail)"/g,
        );
        expect(marks).toBeNull();
        expect(svgOf(name)).not.toMatch(/class="mark-(line|area|trail)/);
      },
    );

    it.each(NAMES)("%s is written to its .vl.json as it is", (name) => {
      const file = files.find((f) => f.path === `docs/charts/${name}.vl.json`);
      expect(JSON.parse(file?.content ?? "")).toEqual(specOf(name));
    });
  });

  it.each(NAMES)("%s.svg is well-formed XML with a size, a title and a source line", (name) => {
    const svg = svgOf(name);
    expect(XMLValidator.validate(svg)).toBe(true);
    const { width, height } = size(svg);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    const spec = specOf(name) as { title: { text: string; subtitle: string }; description: string };
    // a title and a description for whoever reads the image, as its first children
    expect(svg).toMatch(
      new RegExp(
        `^<svg [^>]*><title>${escapeRegExp(`${spec.title.text} — ${spec.title.subtitle}`)}</title><desc>`,
      ),
    );
    const desc = /<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
    expect(decodeEntities(desc)).toBe(spec.description);
    expect(spec.description.length).toBeGreaterThan(40);
    const all = texts(svg);
    expect(all).toContain(spec.title.text);
    expect(all).toContain(spec.title.subtitle);
    expect(all.some((t) => t.startsWith("Nguồn · Source"))).toBe(true);
    expect(all.some((t) => t.startsWith("Dữ liệu · Data: vn-digital-indicators"))).toBe(true);
    expect(all.join("\n")).toContain(`data version ${DATA_VERSION}`);
    // no date of the run, no random id
    expect(svg).not.toContain(new Date().toISOString().slice(0, 10));
    expect(svg.match(/id="[^"]*"/g) ?? []).toEqual(
      (svg.match(/id="[^"]*"/g) ?? []).filter((id) => /^id="(gradient_|clip)\d+"$/.test(id)),
    );
  });

  describe("community-tech-teams", () => {
    const teams = series("community-tech-teams");
    const definitions = [
      "provinces-community-tech-teams",
      "provinces-deployed-community-tech-team-model",
      "provinces-community-tech-teams-all-communes",
    ] as const;
    const panels = () => (specOf("community-tech-teams") as { vconcat: unknown[] }).vconcat;

    it("draws one mark per figure of the teams series: 10 in the top panel, not one per page", () => {
      expect(teams.map((p) => [p.asOf, p.observation.published, p.publications.length])).toEqual([
        ["2022-04-04", "gần 2.300", 1],
        ["2022-05-26", "18.286", 1],
        ["2022-06-14", "27.218", 1],
        ["2022-08-20", "hơn 42.460", 1],
        ["2022-08-23", "42.469", 1],
        ["2022-08-31", "45.895", 1],
        ["2023-03-06", "71.836", 1],
        ["2023-08-22", "74.818", 1],
        ["2023-09-04", "76.905", 2],
        ["2024-09", "93.524", 1],
      ]);
      const svg = svgOf("community-tech-teams");
      const top = panelSvg(svg, 0);
      expect(figureMarks(top)).toHaveLength(10);
      expectSeriesDrawn(top, teams, FIGURE, panels()[0]);
      // the 76.905 of 4 September 2023, printed by two pages: one mark, its label counts them
      const relayed = figureMarks(top).filter((e) => e.attrs["aria-label"]?.includes(": 76.905"));
      expect(relayed.map((e) => e.attrs["aria-label"])).toEqual([
        "2023-09-04: 76.905 [printed by 2 releases] — giaoduc-2023-09-20@1.0.0, cafef-2023-09@1.0.0",
      ]);
      expect(texts(top)).toContain("76.905 (2 nguồn)");
      // "hơn 42.460" is open: the triangle and the band; the month is a bar
      expect(bands(top)).toHaveLength(1);
      expect(texts(top)).toContain("hơn 42.460 *");
      expect(rings(svg)).toHaveLength(0);
    });

    it("draws the provinces by three definitions as three separately labelled series, never one", () => {
      const svg = svgOf("community-tech-teams");
      const bottom = panelSvg(svg, 1);
      const colours = new Set<string>();
      for (const id of definitions) {
        const points = series(id);
        expect(points.length).toBeGreaterThan(0);
        const colour = markOf(bottom, points[0] as SeriesPoint).attrs.fill ?? "";
        colours.add(colour);
        expectSeriesDrawn(bottom, points, colour, panels()[1]);
        // the legend names the definition in both languages
        const indicator = getIndicator(id);
        expect(texts(svg)).toContain(`${indicator.name.vi} · ${indicator.name.en}`);
      }
      expect(colours.size).toBe(3);
      expect([...colours]).not.toContain("#ffffff");
      expect(texts(svg)).toContain(
        "Định nghĩa (không bao giờ nối với nhau) · Definition (never joined)",
      );
      expect(figureMarks(bottom)).toHaveLength(6 + 2 + 3);
      // 2022 "deployed the model" on two dates: two figures, the second printed by two pages
      expect(
        series("provinces-deployed-community-tech-team-model").map((p) => [
          p.asOf,
          p.publications.length,
        ]),
      ).toEqual([
        ["2022-08-20", 1],
        ["2022-08-23", 2],
      ]);
      expect(texts(bottom)).toContain("49/63 (2 nguồn) *");
    });

    it("has a key of the marks it uses, relays included, and no other", () => {
      const key = (specOf("community-tech-teams") as { vconcat: unknown[] }).vconcat[2] as {
        data: { values: { reading: string; label: string }[] };
      };
      expect(key.data.values.map((v) => v.reading)).toEqual([
        "stated",
        "more-than",
        "period",
        "relayed",
      ]);
      const all = texts(svgOf("community-tech-teams"));
      expect(all).toContain("Cách đọc · How to read a mark");
      for (const { label } of key.data.values) expect(all).toContain(label);
      expect(all).toContain(
        "(2 nguồn): một số liệu do 2 nguồn đăng, một dấu · (2 sources): one figure printed by 2 releases, one mark",
      );
    });

    it("names its sources (every release printing a figure), the data version and the recorded conflict it draws", () => {
      expectSources("community-tech-teams", [
        ...teams.flatMap(idsAt),
        ...definitions.flatMap((id) => series(id).flatMap(idsAt)),
      ]);
      expect(texts(svgOf("community-tech-teams")).join("\n")).toContain(
        "community-tech-teams-2022-08-dates",
      );
    });
  });

  describe("fully-online-services-2023", () => {
    const share = series("fully-online-services-share");
    const panel = () => (specOf("fully-online-services-2023") as { vconcat: unknown[] }).vconcat[0];

    it("draws one mark per figure of 2023, the estimate hollow and labelled, the “more than” open", () => {
      expect(
        share.map((p) => [p.asOf, p.observation.published, p.status, p.publications.length]),
      ).toEqual([
        ["2023-03-06", "74,72%", "normal", 1],
        ["2023-03", "77,08%", "normal", 1],
        ["2023-04", "84,14%", "normal", 1],
        ["2023-04-30", "trên 84,1%", "normal", 2],
        ["2023-06-19", "90,66%", "estimate", 1],
      ]);
      const svg = svgOf("fully-online-services-2023");
      expect(figureMarks(svg)).toHaveLength(5);
      expectSeriesDrawn(svg, share, FIGURE, panel());
      // the estimate of 19 June: hollow, outlined in the figure's colour, labelled
      const estimate = markOf(svg, share[4] as SeriesPoint);
      expect([estimate.attrs.fill, estimate.attrs.stroke]).toEqual(["#ffffff", FIGURE]);
      expect(estimate.attrs["aria-label"]).toBe(
        "2023-06-19: 90,66% [estimate] — anlao-2023-06@1.0.1",
      );
      expect(texts(svg)).toContain("90,66% (ước tính · estimate)");
      expect(bands(svg)).toHaveLength(1);
    });

    it("shows “trên 84,1%” at the end of April with the conflict's mark, and names “trên 84%” in its note", () => {
      const svg = svgOf("fully-online-services-2023");
      const april = share[3] as SeriesPoint;
      expect(april.conflicts).toEqual(["fully-online-services-share-2023-04-30-precision"]);
      expect(april.publications.map((q) => [q.observation.published, q.role])).toEqual([
        ["trên 84,1%", "first"],
        ["trên 84%", "conflicting"],
      ]);
      expect(markOf(svg, april).attrs["aria-label"]).toBe(
        "2023-04-30: trên 84,1% [more than: (84.1; ∞), recorded conflict fully-online-services-share-2023-04-30-precision] — vietnamnet-2023-05@1.0.0, vienkinhteso-2023-04@1.1.0",
      );
      const all = texts(svg);
      expect(all).toContain("trên 84,1% *");
      // one mark at the end of April, and "trên 84%" nowhere but in the note
      expect(
        figureMarks(svg).filter((e) => e.attrs["aria-label"]?.startsWith("2023-04-30")),
      ).toHaveLength(1);
      expect(all.filter((t) => t.includes("trên 84"))).toEqual([
        "trên 84,1% *",
        "30/4/2023: vẽ · drawn trên 84,1% (vietnamnet-2023-05: the release with a known date);",
        "30/4/2023: cũng đăng · also printed trên 84% (vienkinhteso-2023-04)",
      ]);
      expect(all).toContain(
        "* Các nguồn mâu thuẫn · a recorded conflict: fully-online-services-share-2023-04-30-precision (value, field value), see `conflicts`",
      );
    });

    it("has a key of the marks it uses, the estimate's included", () => {
      const key = (specOf("fully-online-services-2023") as { vconcat: unknown[] }).vconcat[1] as {
        data: { values: { reading: string }[] };
      };
      expect(key.data.values.map((v) => v.reading)).toEqual([
        "stated",
        "more-than",
        "period",
        "estimate",
      ]);
      expect(texts(svgOf("fully-online-services-2023"))).toContain(
        "rỗng: ước tính, ước đạt · hollow: an estimate",
      );
    });

    it("draws the 100 % target as a line across 2023, from both releases that state it", () => {
      const svg = svgOf("fully-online-services-2023");
      const targets = allObservations.filter(
        (o) => o.indicator === "fully-online-services-share" && o.kind === "target",
      );
      expect(targets.map((t) => [t.release, t.published])).toEqual([
        ["mic-2023-q1", "100%"],
        ["anlao-2023-06", "100%"],
      ]);
      const line = elements(svg).filter((e) =>
        e.attrs["aria-label"]?.startsWith("2023 target: 100% — mic-2023-q1, anlao-2023-06"),
      );
      expect(line).toHaveLength(1);
      expect(line[0]?.tag).toBe("line");
      expect(line[0]?.attrs.stroke).toBe(TARGET);
      expect(line[0]?.attrs["stroke-dasharray"]).toBe("6,4");
      // at 100 %: the top of the plot; across the whole year
      expect(translate(line[0] as Element).y).toBe(0);
      expect(Number(line[0]?.attrs.x2)).toBeCloseTo(365 * pxPerDay(panel()), 6);
      expect(texts(svg)).toContain("Mục tiêu 2023 · 2023 target: 100%");
    });

    it("leaves out the level-4 share and the share of the plan (other indicators), naming them", () => {
      const svg = svgOf("fully-online-services-2023");
      for (const p of series("level-4-online-services-share")) {
        expect(svg).not.toContain(p.observation.published);
      }
      const footer = texts(svg).join("\n");
      expect(footer).toContain("level-4-online-services-share");
      expect(footer).toContain("fully-online-services-share-of-target");
      expectSources("fully-online-services-2023", [
        ...share.flatMap(idsAt),
        "mic-2023-q1@1.0.0",
        "anlao-2023-06@1.0.1",
      ]);
    });
  });

  describe("ndxp-since-launch", () => {
    const since = series("ndxp-transactions-since-launch");

    it("draws both “more than” figures open upwards, and nothing of the other NDXP counts", () => {
      expect(since.map((p) => [p.asOf, p.observation.published])).toEqual([
        ["2022-09-26", "hơn 661 triệu"],
        ["2023-03-06", "hơn 1,276 tỷ"],
      ]);
      expect(since.every((p) => bounds(p.observation).upper === null)).toBe(true);
      const panel = (specOf("ndxp-since-launch") as { vconcat: unknown[] }).vconcat[0];
      const svg = svgOf("ndxp-since-launch");
      expectSeriesDrawn(svg, since, FIGURE, panel);
      expect(bands(svg)).toHaveLength(2);
      expect(figureMarks(svg)).toHaveLength(2);
      for (const id of ["ndxp-transactions-quarter", "ndxp-transactions-month"] as const) {
        expect(texts(svg).join("\n")).toContain(`– ${id}:`);
        for (const p of series(id)) {
          expect(svg).not.toContain(`${p.asOf}: ${p.observation.published}`);
        }
      }
      expectSources("ndxp-since-launch", since.flatMap(idsAt));
      expect(texts(svg).join("\n")).toContain("ndxp-since-launch-2022-09-date");
    });
  });

  describe("online-dossiers", () => {
    const ids = [
      "fully-online-dossiers-share",
      "ministries-fully-online-dossiers-share",
      "provinces-fully-online-dossiers-share",
    ] as const;
    const BREAK = "fully-online-dossiers-share-year-and-months";
    const panel = () => (specOf("online-dossiers") as { vconcat: unknown[] }).vconcat[0];
    const row = (p: SeriesPoint) => [
      p.asOf,
      p.observation.published,
      p.status,
      p.publications.length,
      p.conflicts.join(","),
    ];

    it("draws one mark per figure of the nation, the ministries and the provinces: a year or a month as a bar, a day as a point", () => {
      expect(series("fully-online-dossiers-share").map(row)).toEqual([
        ["2023", "17%", "normal", 2, ""],
        ["2024-06-30", "42%", "normal", 2, ""],
        ["2024", "45,8%", "normal", 1, BREAK],
        ["2025-06", "39,51%", "normal", 1, BREAK],
        ["2025-10-21", "gần 40%", "normal", 1, ""],
        ["2025-10-26", "39,98%", "normal", 1, BREAK],
        ["2025-11-26", "51,7%", "normal", 1, BREAK],
      ]);
      expect(series("ministries-fully-online-dossiers-share").map(row)).toEqual([
        ["2023", "38%", "normal", 2, ""],
        ["2024-06-30", "61%", "normal", 2, ""],
        ["2024", "63,47%", "normal", 1, BREAK],
        ["2025-06", "51,19%", "normal", 1, BREAK],
        ["2025-10-26", "54,46%", "normal", 1, BREAK],
      ]);
      expect(series("provinces-fully-online-dossiers-share").map(row)).toEqual([
        ["2023", "9%", "normal", 2, ""],
        ["2024-06-30", "17%", "normal", 2, ""],
        ["2024", "18,54%", "normal", 1, BREAK],
        ["2025-06", "15,21%", "normal", 1, BREAK],
        ["2025-10-26", "16,94%", "normal", 1, BREAK],
      ]);
      const svg = svgOf("online-dossiers");
      expect(figureMarks(svg)).toHaveLength(7 + 5 + 5);
      const colours: string[] = [];
      for (const id of ids) {
        const points = series(id);
        const colour = markOf(svg, points[0] as SeriesPoint).attrs.fill ?? "";
        colours.push(colour);
        expectSeriesDrawn(svg, points, colour, panel());
      }
      expect(colours[0]).toBe(FIGURE);
      expect(new Set(colours).size).toBe(3);
      // the shapes, nation first: bars across 2023, 2024 and June 2025, points on days
      const shape = (p: SeriesPoint) =>
        PERIOD_BAR.test(markOf(svg, p).attrs.d ?? "") ? "bar" : "point";
      expect(series("fully-online-dossiers-share").map(shape)).toEqual([
        "bar",
        "point",
        "bar",
        "bar",
        "point",
        "point",
        "point",
      ]);
      // nothing is open, estimated, revised: no band, no ring
      expect(bands(svg)).toHaveLength(0);
      expect(rings(svg)).toHaveLength(0);
      expect(
        markOf(svg, series("fully-online-dossiers-share")[4] as SeriesPoint).attrs["aria-label"],
      ).toBe("2025-10-21: gần 40% — thanhnien-2025-10-21@1.0.0");
    });

    it("labels every figure with its printed form, its relays and the break's mark, and the three series in a legend, never joined", () => {
      const plot = texts(panelSvg(svgOf("online-dossiers"), 0));
      const figureLabels = plot.filter((t) => /^(gần )?[\d,]+%/.test(t));
      expect(figureLabels.sort()).toEqual(
        [
          "17% (2 nguồn)",
          "42% (2 nguồn)",
          "45,8% *",
          "39,51% *",
          "gần 40%",
          "39,98% *",
          "51,7% *",
          "38% (2 nguồn)",
          "61% (2 nguồn)",
          "63,47% *",
          "51,19% *",
          "54,46% *",
          "9% (2 nguồn)",
          "17% (2 nguồn)",
          "18,54% *",
          "15,21% *",
          "16,94% *",
        ].sort(),
      );
      for (const id of ids) {
        const indicator = getIndicator(id);
        expect(plot).toContain(`${indicator.name.vi} · ${indicator.name.en}`);
      }
      expect(plot).toContain("Định nghĩa (không bao giờ nối với nhau) · Definition (never joined)");
      // a percent axis from 0 to 100
      expect(plot).toContain("% hồ sơ đã giải quyết · % of dossiers handled");
      expect(svgOf("online-dossiers")).toContain(
        "Y-axis titled '% hồ sơ đã giải quyết · % of dossiers handled' for a linear scale with values from 0 to 100",
      );
    });

    it("has a key of the marks it uses: points, bars across a period, relays", () => {
      const key = (specOf("online-dossiers") as { vconcat: unknown[] }).vconcat[1] as {
        data: { values: { reading: string; label: string }[] };
      };
      expect(key.data.values.map((v) => v.reading)).toEqual(["stated", "period", "relayed"]);
      const all = texts(svgOf("online-dossiers"));
      for (const { label } of key.data.values) expect(all).toContain(label);
    });

    it("draws each target as a dashed line across its year, labelled with its block, from the releases that print it", () => {
      const svg = svgOf("online-dossiers");
      const targets = allObservations.filter(
        (o) => (ids as readonly string[]).includes(o.indicator) && o.kind === "target",
      );
      expect(targets.map((t) => [t.indicator, t.period, t.published, t.release, t.area])).toEqual([
        ["fully-online-dossiers-share", "2024", "50%", "kinhtedothi-2024", null],
        ["ministries-fully-online-dossiers-share", "2024", "70%", "kinhtedothi-2024", null],
        ["provinces-fully-online-dossiers-share", "2024", "30%", "kinhtedothi-2024", null],
        ["fully-online-dossiers-share", "2025", "80%", "baomoi-2025-06", null],
      ]);
      const lines = elements(svg).filter((e) => / target, /.test(e.attrs["aria-label"] ?? ""));
      expect(lines.map((l) => l.attrs["aria-label"])).toEqual([
        "2024 target, fully-online-dossiers-share: 50% — kinhtedothi-2024",
        "2024 target, ministries-fully-online-dossiers-share: 70% — kinhtedothi-2024",
        "2024 target, provinces-fully-online-dossiers-share: 30% — kinhtedothi-2024",
        "2025 target, fully-online-dossiers-share: 80% — baomoi-2025-06",
      ]);
      const height = (panel() as { height: number }).height;
      for (const [line, value] of lines.map((l, i) => [l, [50, 70, 30, 80][i]] as const)) {
        expect(line.tag).toBe("line");
        expect(line.attrs.stroke).toBe(TARGET);
        expect(line.attrs["stroke-dasharray"]).toBe("6,4");
        expect(translate(line).y).toBeCloseTo(height - ((value ?? 0) / 100) * height, 6);
        // across its year (2024 has 366 days, 2025 365)
        expect(Number(line.attrs.x2)).toBeCloseTo(
          (value === 80 ? 365 : 366) * pxPerDay(panel()),
          6,
        );
      }
      const all = texts(svg);
      for (const label of [
        "Mục tiêu 2024, cả nước · 2024 target, nationwide: 50%",
        "Mục tiêu 2024, khối bộ, ngành · 2024 target, ministries: 70%",
        "Mục tiêu 2024, khối địa phương · 2024 target, provinces: 30%",
        "Mục tiêu 2025, cả nước · 2025 target, nationwide: 80%",
      ])
        expect(all).toContain(label);
    });

    it("states the break between the year's figures and the months' from the recorded conflict, under its mark", () => {
      const conflict = conflicts.find((c) => c.id === BREAK);
      expect([conflict?.kind, conflict?.field]).toEqual(["comparability", "period"]);
      const all = footerLines(specOf("online-dossiers"));
      const at = all.indexOf(
        "* Điểm gãy: số của cả năm 2024 và số của tháng 6/2025, 10/2025, 11/2025 không cùng loại kỳ, bước từ số năm sang số tháng",
      );
      expect(at).toBeGreaterThan(0);
      expect(all.slice(at, at + 4)).toEqual([
        "* Điểm gãy: số của cả năm 2024 và số của tháng 6/2025, 10/2025, 11/2025 không cùng loại kỳ, bước từ số năm sang số tháng",
        "    không phải là thay đổi · A break: the figures of the year 2024 and those of the months 6/2025, 10/2025, 11/2025 are not",
        "    of one kind of period; the step from one to the other is not a change.",
        "* Các nguồn mâu thuẫn · a recorded conflict: fully-online-dossiers-share-year-and-months (comparability, field period), see `conflicts`",
      ]);
      // each drawn under the chart
      for (const line of all) expect(texts(svgOf("online-dossiers"))).toContain(line.trim());
      // the mark stands on every figure the conflict names, and on no other
      for (const id of ids) {
        for (const p of series(id)) {
          expect(markOf(svgOf("online-dossiers"), p).attrs["aria-label"]?.includes(BREAK)).toBe(
            p.conflicts.includes(BREAK),
          );
        }
      }
      expect(specOf("online-dossiers").description).toContain(
        `the year's figures and the months' are not of one kind of period (${BREAK})`,
      );
    });

    it("leaves out the share of services and of dossiers submitted online (other indicators), naming them, and names its sources", () => {
      const svg = svgOf("online-dossiers");
      for (const id of ["fully-online-services-share", "online-dossiers-share"] as const) {
        expect(texts(svg).join("\n")).toContain(`– ${id}:`);
        for (const p of series(id)) {
          expect(svg).not.toContain(`${p.asOf}: ${p.observation.published}`);
        }
      }
      expectSources("online-dossiers", [
        ...ids.flatMap((id) => series(id).flatMap(idsAt)),
        "kinhtedothi-2024@1.0.0",
        "baomoi-2025-06@1.0.0",
      ]);
    });
  });

  describe("dti", () => {
    const means = [
      "dti-provinces-mean",
      "dti-ministries-services-mean",
      "dti-ministries-no-services-mean",
    ] as const;
    const FRAME = "dti-provinces-mean-2023-2024-frame";
    const panel = () => (specOf("dti") as { vconcat: unknown[] }).vconcat[0];
    const row = (p: SeriesPoint) => [
      p.asOf,
      p.observation.published,
      p.status,
      p.revised,
      p.publications.map((q) => q.role).join(","),
      p.conflicts.join(","),
    ];

    it("draws the national index by year, 2023 ringed as revised from the forecast, and the three means as separate series", () => {
      const national = series("dti-national");
      expect(national.map(row)).toEqual([
        ["2023", "0,7326", "normal", true, "first,revision,relay", ""],
        ["2024", "0,7955", "normal", false, "first,relay,relay", ""],
      ]);
      expect(
        national[0]?.publications.map((q) => [q.observation.published, q.observation.status]),
      ).toEqual([
        ["0,75", "forecast"],
        ["0,7326", "normal"],
        ["0,7326", "normal"],
      ]);
      expect(series("dti-provinces-mean").map(row)).toEqual([
        ["2020", "0,3026", "normal", false, "first,relay", ""],
        ["2021", "0,4014", "normal", false, "first", ""],
        ["2022", "0,5763", "normal", false, "first", ""],
        ["2023", "0,6783", "normal", false, "first,relay", FRAME],
        ["2024", "0,6961", "normal", false, "first,relay,relay", FRAME],
      ]);
      expect(series("dti-ministries-services-mean").map(row)).toEqual([
        ["2020", "0,3982", "normal", false, "first", ""],
        ["2021", "0,4595", "normal", false, "first", ""],
        ["2023", "0,6355", "normal", false, "first,relay", ""],
      ]);
      expect(series("dti-ministries-no-services-mean").map(row)).toEqual([
        ["2020", "0,2342", "normal", false, "first", ""],
        ["2021", "0,2151", "normal", false, "first", ""],
        ["2023", "0,4347", "normal", false, "first,relay", ""],
      ]);
      const svg = svgOf("dti");
      expect(figureMarks(svg)).toHaveLength(2 + 5 + 3 + 3);
      expectSeriesDrawn(svg, national, FIGURE, panel());
      const colours = [FIGURE];
      for (const id of means) {
        const points = series(id);
        const colour = markOf(svg, points[0] as SeriesPoint).attrs.fill ?? "";
        colours.push(colour);
        expectSeriesDrawn(svg, points, colour, panel());
        const indicator = getIndicator(id);
        expect(texts(svg)).toContain(`${indicator.name.vi} · ${indicator.name.en}`);
      }
      expect(new Set(colours).size).toBe(4);
      // every figure is a bar across the year it assesses
      for (const p of [national, ...means.map((id) => series(id))].flat()) {
        expect(markOf(svg, p).attrs.d, p.figure).toMatch(PERIOD_BAR);
      }
      // one ring in the plot, around 2023 (the key draws one more)
      expect(rings(panelSvg(svg, 0))).toHaveLength(1);
      expect(rings(svg)).toHaveLength(2);
      expect(markOf(svg, national[0] as SeriesPoint).attrs["aria-label"]).toBe(
        "2023: 0,7326 [revised from 0,75, dự báo · forecast, as of the period 2023, printed by 2 releases] — dantri-2025-10-21@1.0.0, baogialai-2023-12@1.0.0, vietbao-2025-02@1.0.0",
      );
      expect(texts(svg)).toContain(
        "0,7326 (sửa từ · revised from 0,75, dự báo · forecast) (2 nguồn)",
      );
    });

    it("labels every figure exactly, on an index axis from 0 to 1, with the legend of definitions", () => {
      const plot = texts(panelSvg(svgOf("dti"), 0));
      expect(plot.filter((t) => /^0,\d{4}/.test(t)).sort()).toEqual(
        [
          "0,7326 (sửa từ · revised from 0,75, dự báo · forecast) (2 nguồn)",
          "0,7955 (3 nguồn)",
          "0,3026 (2 nguồn)",
          "0,4014",
          "0,5763",
          "0,6783 (2 nguồn) *",
          "0,6961 (3 nguồn) *",
          "0,3982",
          "0,4595",
          "0,6355 (2 nguồn)",
          "0,2342",
          "0,2151",
          "0,4347 (2 nguồn)",
        ].sort(),
      );
      expect(plot).toContain("Chỉ số · index (0–1)");
      expect(plot).toContain("Định nghĩa (không bao giờ nối với nhau) · Definition (never joined)");
      expect(svgOf("dti")).toContain(
        "Y-axis titled 'Chỉ số · index (0–1)' for a linear scale with values from 0,0 to 1,0",
      );
      expect(svgOf("dti")).toContain(
        "X-axis titled 'Ngày số liệu · as-of date (năm · year)' for a utc scale with values from 2019 to 2025",
      );
    });

    it("has a key of the marks it uses: bars across a year, the ring of a revision, relays", () => {
      const key = (specOf("dti") as { vconcat: unknown[] }).vconcat[1] as {
        data: { values: { reading: string; label: string }[] };
      };
      expect(key.data.values.map((v) => v.reading)).toEqual(["period", "revised", "relayed"]);
      const all = texts(svgOf("dti"));
      for (const { label } of key.data.values) expect(all).toContain(label);
    });

    it("states the provincial mean's change of frame under its mark, the year each value is for, and names dti-province without drawing it", () => {
      const all = footerLines(specOf("dti"));
      const at = all.indexOf(
        "Mỗi giá trị nằm trên năm được đánh giá, không phải ngày công bố (thường là năm sau) · Each value stands on the year it",
      );
      expect(at).toBeGreaterThan(0);
      expect(all.slice(at, at + 10)).toEqual([
        "Mỗi giá trị nằm trên năm được đánh giá, không phải ngày công bố (thường là năm sau) · Each value stands on the year it",
        "    assesses, not on the day it was published (usually a year later).",
        "Không vẽ ở đây · Not drawn here: dti-province (Chỉ số chuyển đổi số cấp tỉnh của một tỉnh · Provincial DTI of one province):",
        "    Giá trị DTI cấp tỉnh của từng tỉnh, thành phố, không phải trung bình. · The provincial DTI of one province, not a mean.",
        "    Mỗi số là của một tỉnh, xem series(id, { area }) · Each figure is about one province: series(id, { area }).",
        "* Giá trị trung bình DTI cấp tỉnh năm 2023 (0,6783) được tổng hợp từ 98 chỉ số thành phần, năm 2024 (0,6961) từ 47; các trang",
        "    so sánh trực tiếp hai giá trị (tăng 2,6%) mà không nói bộ chỉ số đã đổi. · The provincial DTI mean for 2023 (0,6783) is",
        "    built from 98 component indices, that for 2024 (0,6961) from 47; the pages compare the two directly (up 2,6%) without",
        "    saying the index changed.",
        "* Các nguồn mâu thuẫn · a recorded conflict: dti-provinces-mean-2023-2024-frame (comparability, field measures), see `conflicts`",
      ]);
      for (const line of all) expect(texts(svgOf("dti"))).toContain(line.trim());
      // dti-province: figures about one province each, none drawn
      const svg = svgOf("dti");
      const oneProvince = allObservations.filter((o) => o.indicator === "dti-province");
      expect(oneProvince.length).toBeGreaterThan(0);
      expect(oneProvince.every((o) => o.area !== null)).toBe(true);
      for (const o of oneProvince) {
        expect(svg).not.toContain(`${o.asOf}: ${o.published}`);
        expect(texts(svg)).not.toContain(o.published);
      }
      expect(specOf("dti").description).toContain(
        "Not drawn: dti-province (figures about one province).",
      );
      expectSources("dti", [
        ...series("dti-national").flatMap(idsAt),
        ...means.flatMap((id) => series(id).flatMap(idsAt)),
      ]);
    });

    it("drawn as known before the revision, shows 2023 as the forecast: hollow, dashed, not ringed", async () => {
      const knownAt = "2024-06-30";
      const s = (id: IndicatorId): ChartSeries => ({
        indicator: getIndicator(id),
        points: series(id, { knownAt }),
      });
      const national = s("dti-national");
      expect(
        national.points.map((p) => [p.asOf, p.observation.published, p.status, p.revised]),
      ).toEqual([["2023", "0,75", "forecast", false]]);
      const spec = dtiSpec(national, means.map(s), [getIndicator("dti-province")], {
        dataVersion: DATA_VERSION,
        conflicts,
      });
      const svg = await renderChart({ name: "dti-2024-06-30", spec });
      const mark = markOf(svg, national.points[0] as SeriesPoint);
      expect([mark.attrs.fill, mark.attrs.stroke, mark.attrs["stroke-dasharray"]]).toEqual([
        "#ffffff",
        FIGURE,
        "3,2",
      ]);
      expect(texts(svg)).toContain("0,75 (dự báo · forecast)");
      expect(rings(svg)).toHaveLength(0);
      const key = (spec as { vconcat: unknown[] }).vconcat[1] as {
        data: { values: { reading: string }[] };
      };
      expect(key.data.values.map((v) => v.reading)).toEqual(["period", "forecast", "relayed"]);
    });
  });

  describe("progress (the Q1/2023 report)", () => {
    const parts = allObservations.filter(
      (o) => o.release === "mic-2023-q1" && o.kind === "partOfWhole",
    );

    it("has every part-of-whole figure, labelled in Vietnamese and English, one cell per unit", () => {
      const svg = svgOf("progress");
      expect(parts.map((o) => o.published)).toEqual([
        "19/22",
        "63/63",
        "4/22",
        "62/63",
        "63/63",
        "48/63",
      ]);
      const all = texts(svg);
      for (const o of parts) {
        expect(all).toContain(o.published);
        expect(all).toContain(o.name.vi);
        expect(all).toContain(o.name.en);
        expect(svg).toContain(`aria-label="${o.id}: ${o.published} (${o.asOf})"`);
      }
      // one cell per unit of every whole: green for the part, orange for the named missing
      const cells = elements(svg).filter(
        (e) =>
          e.tag === "path" && e.attrs.stroke === "#ffffff" && /^M[\d.]+,0h/.test(e.attrs.d ?? ""),
      );
      expect(cells).toHaveLength(22 + 63 + 22 + 63 + 63 + 63);
      expect(cells.filter((c) => c.attrs.fill === FIGURE)).toHaveLength(19 + 63 + 4 + 62 + 63 + 48);
      expect(cells.filter((c) => c.attrs.fill === OPEN)).toHaveLength(1);
      expect(all).toContain("86,36% (vi) · 86.36% (en)");
      expect(all).toContain("còn tỉnh Phú Yên · missing: Phú Yên");
      expect(all).toContain("còn 15 · 15 to go");
      expect(all.join("\n")).toContain("mic-2023-q1@1.0.0");
    });
  });

  describe("targets (the Q1/2023 report)", () => {
    it("has every target with its progress figure and the intervals the qualifiers allow", () => {
      const svg = svgOf("targets");
      const targets = allObservations.filter(
        (o) => o.release === "mic-2023-q1" && o.kind === "target",
      );
      expect(targets.map((o) => o.id)).toEqual([
        "fully-online-services-target-2023",
        "ndxp-transactions-target-2023",
      ]);
      const all = texts(svg);
      for (const o of targets) {
        expect(all).toContain(o.name.vi);
        expect(all).toContain(o.name.en);
        expect(all).toContain(o.published);
        expect(svg).toContain(`aria-label="${o.id}: ${o.published}"`);
      }
      expect(all).toContain("74,72%");
      expect(all).toContain("hơn 111 triệu");
      // bounds(): 74,72% → [74.715, 74.725); hơn 111 triệu → (111, ∞); tối thiểu 860 triệu → [860, ∞)
      expect(all).toContain("[74,715; 74,725) %");
      expect(all).toContain("[74.715, 74.725) %");
      expect(all).toContain("(111; ∞) triệu");
      expect(all).toContain("(111, ∞) million");
      expect(all).toContain("[860, ∞) million");
      // the "more than" fades out to the end of the axis; the "at least" target has its band
      expect(svg).toMatch(/<linearGradient id="gradient_\d+" x1="0" x2="1" y1="0" y2="0">/);
    });
  });

  describe("the generic chart of one indicator over time (timeSeriesSpec), on a synthetic series", () => {
    const sources = { dataVersion: DATA_VERSION, conflicts };
    const build = (knownAt?: string) => {
      const { share, other } = syntheticSeries(knownAt);
      const spec = timeSeriesSpec({ series: share, related: [other] }, sources);
      return { share, other, spec, chart: { name: "synthetic", spec } as Chart };
    };
    const keyOf = (spec: TopLevelSpec) =>
      (
        (spec as { vconcat: unknown[] }).vconcat[1] as { data: { values: { reading: string }[] } }
      ).data.values.map((v) => v.reading);

    it("is a valid Vega-Lite 5 spec that compiles and renders without a warning, joining nothing", async () => {
      const { chart } = build();
      const ajv = new Ajv({ strict: false, allErrors: true });
      (addFormats as unknown as (a: Ajv) => void)(ajv);
      ajv.addFormat("color-hex", /^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
      const validate = ajv.compile(
        JSON.parse(
          readFileSync(join(root, "node_modules/vega-lite/build/vega-lite-schema.json"), "utf8"),
        ),
      );
      expect(validate(chart.spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const svg = await renderChart(chart);
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(JSON.stringify(chart.spec)).not.toMatch(/"type":"(line|area|trail)"/);
      expect(svg).not.toMatch(/class="mark-(line|area|trail)/);
    });

    it("draws one mark per figure: the revised ringed, the estimate hollow, the provisional pale, the forecast dashed, the relay one mark", async () => {
      const { share, other, spec } = build();
      expect(
        share.points.map((p) => [
          p.asOf,
          p.observation.published,
          p.status,
          p.revised,
          p.publications.map((q) => q.role),
        ]),
      ).toEqual([
        ["2022", "12,83%", "normal", true, ["first", "revision"]],
        ["2023", "12,33%", "estimate", false, ["first"]],
        ["2024-06-30", "13,5%", "provisional", false, ["first"]],
        ["2024-09-30", "trên 13,8%", "normal", false, ["first", "relay"]],
        ["2025", "14,5%", "forecast", false, ["first"]],
      ]);
      const svg = await renderChart({ name: "synthetic", spec });
      const panel = (spec as { vconcat: unknown[] }).vconcat[0];
      expect(figureMarks(svg)).toHaveLength(5 + 2);
      expectSeriesDrawn(svg, share.points, FIGURE, panel);
      const related = markOf(svg, other.points[0] as SeriesPoint).attrs.fill ?? "";
      expect(related).not.toBe(FIGURE);
      expectSeriesDrawn(svg, other.points, related, panel);
      // each mark, by kind: a bar (ringed), a hollow bar, a pale point, a
      // triangle under its band, a hollow dashed bar
      const kind = (p: SeriesPoint) => {
        const m = markOf(svg, p);
        const shape = PERIOD_BAR.test(m.attrs.d ?? "")
          ? "bar"
          : TRIANGLE.test(m.attrs.d ?? "")
            ? "triangle"
            : "circle";
        const look =
          m.attrs["stroke-dasharray"] !== undefined
            ? "dashed"
            : m.attrs.fill === "#ffffff"
              ? "hollow"
              : m.attrs["fill-opacity"] === "0.3"
                ? "pale"
                : "filled";
        return `${shape} ${look}`;
      };
      expect(share.points.map(kind)).toEqual([
        "bar filled",
        "bar hollow",
        "circle pale",
        "triangle filled",
        "bar dashed",
      ]);
      // one ring in the plot (the key draws one more, to say what it means)
      expect(rings(panelSvg(svg, 0))).toHaveLength(1);
      expect(rings(svg)).toHaveLength(2);
      const labels = texts(svg);
      for (const label of [
        "12,83% (sửa từ · revised from 12,63%)",
        "12,33% (ước tính · estimate)",
        "13,5% (sơ bộ · provisional)",
        "trên 13,8% (2 nguồn)",
        "14,5% (dự báo · forecast)",
        "11,2%",
        "12%",
      ])
        expect(labels).toContain(label);
      expect(markOf(svg, share.points[3] as SeriesPoint).attrs["aria-label"]).toBe(
        "2024-09-30: trên 13,8% [more than: (13.8; ∞), printed by 2 releases] — office-2024-10@1.0.0, news-2024-10@1.0.0",
      );
      expect(markOf(svg, share.points[0] as SeriesPoint).attrs["aria-label"]).toBe(
        "2022: 12,83% [revised from 12,63%, as of the period 2022] — office-2025-01@1.0.0, office-2023-12@1.0.0",
      );
      // the related indicator: its own colour, named in the legend, never joined
      expect(labels).toContain("Tỷ lệ giả định khác · Another synthetic share");
      expect(labels).toContain(
        "Định nghĩa (không bao giờ nối với nhau) · Definition (never joined)",
      );
    });

    it("has a key entry for each kind of mark it draws, each saying how it reads", async () => {
      const { spec } = build();
      expect(keyOf(spec)).toEqual([
        "stated",
        "more-than",
        "period",
        "estimate",
        "provisional",
        "forecast",
        "revised",
        "relayed",
      ]);
      const labels = texts(await renderChart({ name: "synthetic", spec }));
      for (const line of [
        "số đã nêu · figure as printed",
        "hơn, trên, tối thiểu · more than, at least: no upper bound",
        "số của cả tháng (hay cả kỳ) · as of a month (or longer period), no day given",
        "rỗng: ước tính, ước đạt · hollow: an estimate",
        "nhạt: số sơ bộ · pale: provisional",
        "rỗng, viền nét đứt: dự báo, dự kiến · hollow, dashed outline: a forecast",
        "vòng ngoài: số đã được chính nơi công bố sửa (nhãn ghi số cũ) · ring: revised by its publisher (the label gives the earlier value)",
        "(2 nguồn): một số liệu do 2 nguồn đăng, một dấu · (2 sources): one figure printed by 2 releases, one mark",
      ])
        expect(labels).toContain(line);
    });

    it("draws the series as known on a day: before the revision and the forecast, neither is drawn nor keyed", async () => {
      const { share, spec } = build("2024-12-31");
      expect(share.points.map((p) => [p.asOf, p.observation.published, p.revised])).toEqual([
        ["2022", "12,63%", false],
        ["2023", "12,33%", false],
        ["2024-06-30", "13,5%", false],
        ["2024-09-30", "trên 13,8%", false],
      ]);
      const svg = await renderChart({ name: "synthetic", spec });
      expect(figureMarks(svg)).toHaveLength(4 + 2);
      expect(rings(svg)).toHaveLength(0);
      expect(texts(svg)).toContain("12,63%");
      expect(keyOf(spec)).toEqual([
        "stated",
        "more-than",
        "period",
        "estimate",
        "provisional",
        "relayed",
      ]);
    });

    it("takes the chart's title from the indicator, the value axis from its unit, and refuses two areas", () => {
      const { share, other } = syntheticSeries();
      const spec = timeSeriesSpec({ series: share }, sources) as {
        title: { text: string; subtitle: string };
        vconcat: {
          layer?: { encoding?: { y?: { title?: string; scale?: { domain: number[] } } } }[];
        }[];
      };
      expect(spec.title).toEqual({ text: "Tỷ lệ giả định", subtitle: "A synthetic share" });
      const y = spec.vconcat[0]?.layer
        ?.map((l) => l.encoding?.y)
        .find((e) => e?.title !== undefined);
      expect([y?.title, y?.scale?.domain]).toEqual(["Phần trăm · percent (%)", [0, 100]]);
      // the related indicator not drawn is named in a note
      expect(JSON.stringify(spec)).toContain(
        "– synthetic-other-share: Một định nghĩa khác (giả định).",
      );
      const hanoi = syntheticSeries(undefined, { units: "provinces-2025", code: "01" }).other;
      expect(() => timeSeriesSpec({ series: share, related: [hanoi] }, sources)).toThrow(
        "synthetic-share: a chart is of one area, got nation, provinces-2025:01",
      );
      expect(
        (timeSeriesSpec({ series: hanoi }, sources) as { title: { text: string } }).title.text,
      ).toBe("Tỷ lệ giả định khác (Hà Nội)");
      expect(() => timeSeriesSpec({ series: { ...other, points: [] } }, sources)).toThrow(
        "a chart needs at least one point",
      );
    });
  });

  it("render in headless Chromium to PNGs that are not blank and show their figures", (ctx) => {
    const chromium = findChromium();
    needSystem(ctx, "Chromium", chromium !== null, INSTALL_CHROMIUM);
    const work = mkdtempSync(join(tmpdir(), "vn-digital-indicators-charts-"));
    const keep = process.env.CHARTS_PNG_DIR;
    try {
      for (const name of NAMES) {
        const { width, height } = size(svgOf(name));
        const png = join(work, `${name}.png`);
        const profile = join(work, `profile-${name}`);
        mkdirSync(profile);
        const r = spawnSync(
          chromium ?? "chromium",
          [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            `--user-data-dir=${profile}`,
            `--window-size=${width},${height}`,
            `--screenshot=${png}`,
            pathToFileURL(join(root, "docs", `${name}.svg`)).href,
          ],
          { encoding: "utf8", timeout: PROGRAM_HANG_MS },
        );
        expect(r.status, r.stderr).toBe(0);
        if (keep !== undefined && keep !== "") {
          mkdirSync(keep, { recursive: true });
          copyFileSync(png, join(keep, `${name}.png`));
        }
        const image = PNG.sync.read(readFileSync(png));
        expect(image.width).toBe(width);
        expect(image.height).toBe(height);
        const colours = new Set<number>();
        const near = (r8: number, g8: number, b8: number, hex: string) =>
          Math.abs(r8 - Number.parseInt(hex.slice(1, 3), 16)) < 12 &&
          Math.abs(g8 - Number.parseInt(hex.slice(3, 5), 16)) < 12 &&
          Math.abs(b8 - Number.parseInt(hex.slice(5, 7), 16)) < 12;
        let figure = 0;
        let target = 0;
        let nonWhite = 0;
        for (let i = 0; i < image.data.length; i += 4) {
          const [r8, g8, b8] = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
          colours.add((r8 << 16) | (g8 << 8) | b8);
          if (r8 < 250 || g8 < 250 || b8 < 250) nonWhite++;
          if (near(r8, g8, b8, FIGURE)) figure++;
          if (near(r8, g8, b8, TARGET)) target++;
        }
        const pixels = image.width * image.height;
        expect(colours.size, `${name} rendered uniform`).toBeGreaterThan(100);
        expect(nonWhite / pixels, `${name} rendered almost blank`).toBeGreaterThan(0.04);
        expect(figure / pixels, `${name} shows no figure`).toBeGreaterThan(0.0003);
        if (
          name === "fully-online-services-2023" ||
          name === "online-dossiers" ||
          name === "targets"
        ) {
          expect(target / pixels, `${name} shows no target`).toBeGreaterThan(0.0005);
        }
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
