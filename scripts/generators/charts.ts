/**
 * Makes the charts under `docs/` from the canonical data in `data/` (run by
 * `npm run generate`; `--check` fails when they are stale). Nobody edits
 * them by hand. Each chart is one Vega-Lite specification (built by its
 * module in `charts/`), written as it is to `docs/charts/<name>.vl.json` and
 * rendered to `docs/<name>.svg` by Vega in Node, with no browser:
 *
 *   docs/community-tech-teams.svg        the teams, and the provinces by three definitions
 *   docs/dti.svg                         the national DTI, the provinces' and the ministries' means
 *   docs/fully-online-services-2023.svg  the fully-online share in 2023 against its target
 *   docs/ndxp-since-launch.svg           NDXP transactions since the launch
 *   docs/online-dossiers.svg             dossiers handled fully online: nation, ministries, provinces
 *   docs/progress.svg                    every part-of-whole figure of the Q1/2023 report
 *   docs/targets.svg                     the report's targets, with the intervals its qualifiers allow
 *
 *   npm run charts      writes only these files
 *
 * The SVG is the same bytes on every machine: text is measured with a table
 * of DejaVu Sans widths (`_textWidth.ts`), never with a canvas or the
 * machine's fonts, the ids of gradients and clip paths are counted from zero
 * for each chart, time scales are UTC, and nothing prints a date or a
 * random id.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import type { Indicator, Release, SeriesPoint } from "../../src/index.js";
import { readDataSet, seriesPoints } from "./_dataset.js";
import { type GeneratedFile, root } from "./_shared.js";
import { textWidth } from "./_textWidth.js";
import type { Chart, ChartData } from "./charts/_types.js";
import { chartSpecs } from "./charts/index.js";

/** The package's data as the chart builders take it, read from `data/` (not from `src/generated/`, which this run may be about to rewrite). */
export function chartData(): ChartData {
  const data = readDataSet();
  const indicator = (id: string): Indicator => {
    const found = data.indicators.find((i) => i.id === id);
    if (found === undefined) throw new Error(`data/indicators.json has no indicator "${id}"`);
    return found;
  };
  const release = (id: string): Release => {
    const found = data.releases.find((r) => r.release.id === id);
    if (found === undefined) throw new Error(`data/releases/ holds no release "${id}"`);
    return found.release;
  };
  return {
    dataVersion: data.version,
    conflicts: data.conflicts,
    indicator,
    observations: data.observations,
    release,
    series: (id: string): SeriesPoint[] => seriesPoints(data, indicator(id).id),
  };
}

/** The parts of Vega's scenegraph module (re-exported by `vega`) that its typings leave out. */
interface Scenegraph {
  /** How text is measured for layout; `width` is replaceable. */
  readonly textMetrics: { width: (item: object, text: unknown) => number };
  /** Counts the ids of gradients and clip paths from zero again. */
  readonly resetSVGDefIds: () => void;
}
const scenegraph = vega as unknown as Scenegraph;

/** What Vega-Lite or Vega said about a chart: any warning is a defect of its spec. */
export class ChartSpecWarning extends Error {}

/**
 * A logger for Vega and Vega-Lite that hands each warning and error (its
 * arguments) to `onWarn` and drops everything else.
 */
function vegaLogger(onWarn: (...args: unknown[]) => void): vega.LoggerInterface {
  const logger = {
    level: () => logger,
    warn: (...args: unknown[]) => {
      onWarn(...args);
      return logger;
    },
    error: (...args: unknown[]) => {
      onWarn(...args);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as vega.LoggerInterface;
}

/** Compiles a Vega-Lite spec to Vega (leaving the spec as it was), failing on any warning. */
export function compileChart(chart: Chart): vega.Spec {
  const logger = vegaLogger((...args) => {
    throw new ChartSpecWarning(`${chart.name}: vega-lite: ${args.map(String).join(" ")}`);
  });
  // a copy: Vega marks the rows of inline data it reads (and Vega-Lite hands
  // them over as they are), which would change the chart's spec
  return vegaLite.compile(structuredClone(chart.spec), { logger }).spec as vega.Spec;
}

/**
 * Renders a chart to SVG with Vega, in Node, headless: the same bytes on
 * every machine (see the module comment).
 */
export async function renderChart(chart: Chart): Promise<string> {
  const metrics = scenegraph.textMetrics;
  const measured = metrics.width;
  metrics.width = textWidth;
  scenegraph.resetSVGDefIds();
  const said: string[] = [];
  const logger = vegaLogger((...args) => {
    said.push(args.map(String).join(" "));
  });
  const view = new vega.View(vega.parse(compileChart(chart)), { renderer: "none", logger });
  try {
    const svg = await view.toSVG();
    if (said.length > 0) throw new ChartSpecWarning(`${chart.name}: vega: ${said.join("; ")}`);
    return `${withTitle(svg, chart)}\n`;
  } finally {
    view.finalize();
    metrics.width = measured;
  }
}

/** Escapes text for an SVG text node. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The SVG with a `<title>` (the chart's title, Vietnamese — English) and a
 * `<desc>` (the spec's description: every figure drawn) as its first
 * children, as a reader of the image (or a screen reader) finds them; Vega
 * writes neither.
 */
function withTitle(svg: string, chart: Chart): string {
  const spec = chart.spec as { title?: { text?: string; subtitle?: string }; description?: string };
  const title = [spec.title?.text, spec.title?.subtitle].filter((t) => t !== undefined).join(" — ");
  const head = /^<svg[^>]*>/.exec(svg)?.[0];
  if (head === undefined) throw new Error(`${chart.name}: Vega wrote no <svg> element`);
  return `${head}<title>${esc(title)}</title><desc>${esc(spec.description ?? "")}</desc>${svg.slice(head.length)}`;
}

/** A spec as its `.vl.json` file holds it. */
export function specFile(chart: Chart): string {
  return `${JSON.stringify(chart.spec, null, 2)}\n`;
}

/** Makes every chart: `docs/<name>.svg` and `docs/charts/<name>.vl.json`. */
export async function generate(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const chart of chartSpecs(chartData())) {
    files.push({ path: `docs/charts/${chart.name}.vl.json`, content: specFile(chart) });
    files.push({ path: `docs/${chart.name}.svg`, content: await renderChart(chart) });
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const file of await generate()) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
}
