/** The chart `targets`: the report's targets, with the intervals its qualifiers allow. */
import type { TopLevelSpec } from "vega-lite";
import type { Interval, Observation, Release } from "../../../src/index.js";
import { bounds } from "../../../src/index.js";
import { config, VEGA_LITE_SCHEMA } from "./_config.js";
import { footer, reportSources } from "./_keys.js";
import { FIGURE, fade, MUTED, OPEN, TARGET, TRACK } from "./_marks.js";
import { axisTop } from "./_time.js";

/** `[74,715; 74,725) %` or `(111; ∞) triệu`: an interval in one language, with its unit. */
export function intervalText(
  i: Interval,
  locale: "vi" | "en",
  display: (v: number, locale: "vi" | "en") => string,
  unit: string,
): string {
  const sep = locale === "vi" ? "; " : ", ";
  const open = i.lowerInclusive ? "[" : "(";
  const upper = i.upper === null ? "∞" : display(i.upper, locale);
  const close = i.upper !== null && i.upperInclusive ? "]" : ")";
  return `${open}${display(i.lower, locale)}${sep}${upper}${close} ${unit}`;
}

/** A number with at most `digits` decimals, in `vi` or `en` style. */
function num(value: number, digits: number, locale: "vi" | "en"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
    useGrouping: true,
  }).format(value);
}

const TRACK_WIDTH = 620;

/** One panel of the targets chart: the progress figure and the target on one axis. */
function targetPanel(progress: Observation, target: Observation): Record<string, unknown> {
  const percent = target.unit === "percent";
  const scale = percent ? 1 : 1_000_000;
  const unit = percent ? { vi: "%", en: "%" } : { vi: "triệu", en: "million" };
  const display = (v: number, l: "vi" | "en") => num(v / scale, percent ? 3 : 2, l);
  const p = bounds(progress);
  const t = bounds(target);
  // a share's axis ends at 100 %; a count's a little above the larger figure
  const axisMax = percent ? 100 : axisTop([p.lower, t.lower], 250_000_000, 1.1);
  const x = (field: string) => ({
    field,
    type: "quantitative",
    scale: { domain: [0, axisMax], range: [0, TRACK_WIDTH], nice: false },
    axis: null,
  });
  const bar = {
    from: 0,
    to: axisMax,
    surely: p.lower,
    openTo: p.upper,
    // a level to reach is its value; an "at least" target starts at its lower bound
    target: t.upper === null ? t.lower : target.value,
    targetOpen: t.upper === null,
  };
  const ticks = Array.from({ length: 5 }, (_, k) => ({
    v: (axisMax / 4) * k,
    label: `${display((axisMax / 4) * k, "vi")} ${unit.vi}`,
    align: k === 0 ? "left" : k === 4 ? "right" : "center",
  }));
  const layers: Record<string, unknown>[] = [
    // the track
    {
      mark: { type: "rect", color: TRACK, y: 44, y2: 66 },
      encoding: { x: x("from"), x2: { field: "to" } },
    },
    // what the figure surely reaches
    {
      mark: { type: "rect", color: FIGURE, y: 44, y2: 66 },
      encoding: {
        x: x("from"),
        x2: { field: "surely" },
        description: { value: `${progress.id}: ${progress.published}, at least ${p.lower}` },
      },
    },
  ];
  if (p.upper === null) {
    // "more than": no upper bound, a band fading out to the end of the axis
    layers.push({
      mark: {
        type: "rect",
        y: 44,
        y2: 66,
        fill: fade(OPEN, "right", "#fdf3e9"),
      },
      encoding: { x: x("surely"), x2: { field: "to" } },
    });
  } else {
    // the rounding interval, drawn at least as a line
    layers.push({
      mark: { type: "rect", color: OPEN, stroke: OPEN, strokeWidth: 1.5, y: 40, y2: 70 },
      encoding: { x: x("surely"), x2: { field: "openTo" } },
    });
  }
  if (t.upper === null) {
    // "at least": the target may be higher, a light band from it to the end
    layers.push({
      mark: { type: "rect", color: "#c7d2fe", y: 36, y2: 42 },
      encoding: { x: x("target"), x2: { field: "to" } },
    });
  }
  layers.push(
    {
      mark: { type: "rule", color: TARGET, strokeWidth: 3, y: 34, y2: 70 },
      encoding: {
        x: x("target"),
        description: { value: `${target.id}: ${target.published}` },
      },
    },
    // the axis: ticks and labels under the track
    {
      data: { values: ticks },
      layer: [
        {
          mark: { type: "rule", color: MUTED, y: 66, y2: 71 },
          encoding: { x: x("v") },
        },
        ...(["left", "center", "right"] as const).map((align) => ({
          transform: [{ filter: `datum.align === "${align}"` }],
          mark: { type: "text", align, fontSize: 10, color: MUTED, y: 82 },
          encoding: { x: x("v"), text: { field: "label" } },
        })),
      ],
    },
  );
  const right = TRACK_WIDTH + 18;
  const side = [
    { y: 38, text: progress.published, size: 16, bold: true, colour: FIGURE },
    { y: 53, text: intervalText(p, "vi", display, unit.vi), size: 10, bold: false, colour: MUTED },
    { y: 66, text: intervalText(p, "en", display, unit.en), size: 10, bold: false, colour: MUTED },
    { y: 84, text: "mục tiêu · target", size: 11, bold: false, colour: TARGET },
    { y: 99, text: target.published, size: 14, bold: true, colour: TARGET },
    { y: 112, text: intervalText(t, "en", display, unit.en), size: 10, bold: false, colour: MUTED },
  ];
  for (const line of side) {
    layers.push({
      mark: {
        type: "text",
        align: "left",
        baseline: "alphabetic",
        x: right,
        y: line.y,
        fontSize: line.size,
        fontWeight: line.bold ? "bold" : "normal",
        color: line.colour,
      },
      encoding: { text: { value: line.text } },
    });
  }
  return {
    title: { text: target.name.vi, subtitle: target.name.en, fontSize: 13, subtitleFontSize: 12 },
    width: TRACK_WIDTH + 240,
    height: 116,
    data: { values: [bar] },
    layer: layers,
  };
}

/**
 * The report's targets, each with the figure that measures progress toward
 * it, on one axis: green up to what the figure surely reaches, a fading
 * orange band where a "more than" leaves the value open, the target as a
 * blue line, a light blue band where an "at least" target may be higher.
 *
 * @param observations - The release's observations (its targets with a progress figure are drawn).
 */
export function targetsSpec(
  observations: readonly Observation[],
  release: Release,
  dataVersion: string,
): TopLevelSpec {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const panels = observations.flatMap((t) => {
    if (t.kind !== "target" || t.target.progress === null) return [];
    const progress = byId.get(t.target.progress);
    if (progress === undefined) throw new Error(`${t.id}: unknown progress ${t.target.progress}`);
    return [{ target: t, progress }];
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `The 2023 targets (Q1/2023 report): ${panels.map(({ target, progress }) => `${target.name.en}: ${target.published}; progress ${progress.published}`).join("; ")}.`,
    title: {
      text: "Mục tiêu năm 2023 và khoảng giá trị mà cách ghi số liệu cho phép",
      subtitle: "The 2023 targets, and the interval each published qualifier allows",
    },
    config: { ...config(), concat: { spacing: 22 } },
    vconcat: [
      ...panels.map(({ target, progress }) => targetPanel(progress, target)),
      footer(
        [
          "Xanh lá: phần chắc chắn đạt · cam nhạt dần: “hơn”, không có cận trên · xanh dương nhạt: “tối thiểu”, mục tiêu có thể cao hơn",
          "Green: reached for sure · fading orange: “more than”, no upper bound · light blue: “at least”, the target may be higher",
          ...reportSources(release, dataVersion),
        ],
        TRACK_WIDTH + 240,
      ),
    ],
  } as unknown as TopLevelSpec;
}
