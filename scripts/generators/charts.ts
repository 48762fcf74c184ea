/**
 * Makes the SVG charts under `docs/` from the canonical data in `data/`
 * (run by `npm run generate`; `--check` fails when they are stale). Nobody
 * edits the SVG files by hand.
 *
 *   docs/progress.svg   every part-of-whole figure (19/22, 63/63 …)
 *   docs/targets.svg    every target with the figure that measures progress
 *                       toward it, and the interval each figure's qualifier allows
 *
 *   npm run charts      writes only these files
 *
 * The script is a client of the public API (`bounds` from `src/index.ts`); it
 * reads the figures of the Q1/2023 report through the same reader as the data modules.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Interval, Observation, PartOfWholeObservation } from "../../src/index.js";
import { bounds, formatPercent, getProvince, progressRatio } from "../../src/index.js";
import { readDataSet } from "./_dataset.js";
import { type GeneratedFile, root } from "./_shared.js";

const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
const WIDTH = 900;
const INK = "#1f2933";
const MUTED = "#52606d";
const TRACK = "#e4e7eb";
const DONE = "#2f7d4f";
const OPEN = "#d9822b";
const TARGET = "#1d4ed8";

/** Escapes text for an SVG text node or attribute. */
function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A number with at most `digits` decimals, as text, in `vi` or `en` style. */
function num(value: number, digits: number, locale: "vi" | "en"): string {
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
    useGrouping: true,
  }).format(value);
}

/** A coordinate with at most 2 decimals, so the output is stable and small. */
function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
): string {
  const extra = Object.entries({ "font-size": 13, fill: INK, ...attrs })
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
  return `<text x="${px(x)}" y="${px(y)}"${extra}>${esc(content)}</text>`;
}

function svg(height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${esc(title)}</title>`,
    `<desc id="desc">${esc(desc)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

function header(titleVi: string, titleEn: string, source: readonly string[]): string[] {
  return [
    text(20, 30, titleVi, { "font-size": 17, "font-weight": "bold" }),
    text(20, 50, titleEn, { "font-size": 14, fill: MUTED }),
    ...source.map((line, i) => text(20, 68 + i * 14, line, { "font-size": 11, fill: MUTED })),
  ];
}

/** The chart of every part-of-whole figure, one row of unit cells per figure. */
export function progressChart(
  observations: readonly Observation[],
  source: readonly string[],
): string {
  const rows = observations.filter((o): o is PartOfWholeObservation => o.kind === "partOfWhole");
  const top = 106;
  const rowHeight = 66;
  const barX = 20;
  const barWidth = 560;
  const body: string[] = header(
    "Tiến độ của các bộ, ngành và tỉnh/thành phố (quý 1/2023)",
    "Progress of ministries and provinces (Q1/2023)",
    source,
  );
  rows.forEach((o, i) => {
    const y = top + i * rowHeight;
    const cell = barWidth / o.whole;
    const gap = o.whole > 30 ? 1 : 2;
    body.push(`<g id="${esc(o.id)}">`);
    body.push(text(barX, y, o.name.vi, { "font-size": 13, "font-weight": "bold" }));
    body.push(text(barX, y + 16, o.name.en, { "font-size": 12, fill: MUTED }));
    for (let k = 0; k < o.whole; k++) {
      body.push(
        `<rect x="${px(barX + k * cell)}" y="${px(y + 24)}" width="${px(cell - gap)}" height="18" fill="${k < o.part ? DONE : o.missing !== null ? OPEN : TRACK}"/>`,
      );
    }
    const share = progressRatio(o.part, o.whole);
    body.push(
      text(barX + barWidth + 16, y + 38, o.published, { "font-size": 18, "font-weight": "bold" }),
    );
    body.push(
      text(
        barX + barWidth + 80,
        y + 31,
        `${formatPercent(share, { locale: "vi" })} (vi) · ${formatPercent(share, { locale: "en" })} (en)`,
        { "font-size": 11, fill: MUTED },
      ),
    );
    const missing = o.missing;
    if (missing !== null) {
      body.push(
        text(
          barX + barWidth + 80,
          y + 45,
          `${missing.published} · missing: ${missing.codes.map((c) => getProvince(c).name).join(", ")}`,
          {
            "font-size": 11,
            fill: OPEN,
          },
        ),
      );
    } else if (o.part < o.whole) {
      body.push(
        text(barX + barWidth + 80, y + 45, `còn ${o.whole - o.part} · ${o.whole - o.part} to go`, {
          "font-size": 11,
          fill: MUTED,
        }),
      );
    }
    body.push("</g>");
  });
  const height = top + rows.length * rowHeight + 18;
  body.push(
    text(
      20,
      height - 12,
      "Mỗi ô là một bộ, ngành hoặc một tỉnh/thành phố (63 đơn vị năm 2023) · Each cell is one ministry or one province (the 63 of 2023)",
      { "font-size": 11, fill: MUTED },
    ),
  );
  return svg(
    height,
    "Tiến độ của các bộ, ngành và tỉnh/thành phố — Progress of ministries and provinces (Q1/2023)",
    rows.map((o) => `${o.name.en}: ${o.published}`).join("; "),
    body,
  );
}

/** One panel of the targets chart: the progress figure and the target on one axis. */
function targetPanel(
  y: number,
  progress: Observation,
  target: Observation,
  axisMax: number,
  unitLabel: { vi: string; en: string },
  display: (v: number, locale: "vi" | "en") => string,
): string[] {
  const x0 = 20;
  const width = 620;
  const scale = (v: number): number => x0 + (Math.min(v, axisMax) / axisMax) * width;
  const p: Interval = bounds(progress);
  const t: Interval = bounds(target);
  const id = target.id;
  const out: string[] = [`<g id="${esc(id)}">`];
  out.push(text(x0, y, target.name.vi, { "font-size": 13, "font-weight": "bold" }));
  out.push(text(x0, y + 16, target.name.en, { "font-size": 12, fill: MUTED }));
  const barY = y + 44;
  // the track, the axis
  out.push(`<rect x="${x0}" y="${barY}" width="${width}" height="22" fill="${TRACK}"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = (axisMax / 4) * k;
    const x = scale(v);
    out.push(
      `<line x1="${px(x)}" y1="${barY + 22}" x2="${px(x)}" y2="${barY + 27}" stroke="${MUTED}"/>`,
    );
    out.push(
      text(x, barY + 40, `${display(v, "vi")} ${unitLabel.vi}`, {
        "font-size": 10,
        fill: MUTED,
        "text-anchor": k === 0 ? "start" : k === 4 ? "end" : "middle",
      }),
    );
  }
  // the progress figure: solid up to what it surely reaches
  out.push(
    `<rect x="${x0}" y="${barY}" width="${px(scale(p.lower) - x0)}" height="22" fill="${DONE}"/>`,
  );
  if (p.upper === null) {
    // no upper bound stated: a fading band to the end of the axis
    out.push(
      `<rect x="${px(scale(p.lower))}" y="${barY}" width="${px(x0 + width - scale(p.lower))}" height="22" fill="url(#open-${esc(id)})"/>`,
    );
  } else {
    out.push(
      `<rect x="${px(scale(p.lower))}" y="${barY - 4}" width="${px(Math.max(1.5, scale(p.upper) - scale(p.lower)))}" height="30" fill="${OPEN}"/>`,
    );
  }
  // the target: a line where it starts, a hatched band where a floor allows more
  const tx = scale(t.lower);
  if (t.upper === null) {
    out.push(
      `<rect x="${px(tx)}" y="${barY - 8}" width="${px(x0 + width - tx)}" height="6" fill="url(#hatch)"/>`,
    );
  }
  out.push(
    `<line x1="${px(tx)}" y1="${barY - 10}" x2="${px(tx)}" y2="${barY + 26}" stroke="${TARGET}" stroke-width="3"/>`,
  );
  // the legend of this panel, right of the axis
  const lx = x0 + width + 18;
  out.push(
    text(lx, y + 38, progress.published, { "font-size": 16, "font-weight": "bold", fill: DONE }),
  );
  out.push(
    text(lx, y + 53, intervalText(p, "vi", display, unitLabel.vi), {
      "font-size": 10,
      fill: MUTED,
    }),
  );
  out.push(
    text(lx, y + 66, intervalText(p, "en", display, unitLabel.en), {
      "font-size": 10,
      fill: MUTED,
    }),
  );
  out.push(text(lx, y + 84, "mục tiêu · target", { "font-size": 11, fill: TARGET }));
  out.push(
    text(lx, y + 99, target.published, { "font-size": 14, "font-weight": "bold", fill: TARGET }),
  );
  out.push(
    text(lx, y + 112, intervalText(t, "en", display, unitLabel.en), {
      "font-size": 10,
      fill: MUTED,
    }),
  );
  out.push("</g>");
  return out;
}

/** `[74,715; 74,725)` or `(111; ∞)`, with the unit. */
function intervalText(
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

/** The chart of every target with the figure that measures progress toward it. */
export function targetsChart(
  observations: readonly Observation[],
  source: readonly string[],
): string {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const targets = observations.filter((o) => o.kind === "target");
  const top = 110;
  const panelHeight = 132;
  const body: string[] = header(
    "Mục tiêu năm 2023 và khoảng giá trị mà cách ghi số liệu cho phép",
    "The 2023 targets, and the interval each published qualifier allows",
    source,
  );
  body.push("<defs>");
  body.push(
    `<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe4ff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${TARGET}" stroke-width="2"/></pattern>`,
  );
  for (const t of targets) {
    body.push(
      `<linearGradient id="open-${esc(t.id)}"><stop offset="0" stop-color="${OPEN}" stop-opacity="0.85"/><stop offset="1" stop-color="${OPEN}" stop-opacity="0.05"/></linearGradient>`,
    );
  }
  body.push("</defs>");
  targets.forEach((t, i) => {
    if (t.kind !== "target" || t.target.progress === null) return;
    const progress = byId.get(t.target.progress);
    if (progress === undefined) throw new Error(`${t.id}: unknown progress ${t.target.progress}`);
    const y = top + i * panelHeight;
    if (t.unit === "percent") {
      body.push(...targetPanel(y, progress, t, 100, { vi: "%", en: "%" }, (v, l) => num(v, 3, l)));
    } else {
      body.push(
        ...targetPanel(y, progress, t, 1_000_000_000, { vi: "triệu", en: "million" }, (v, l) =>
          num(v / 1_000_000, 2, l),
        ),
      );
    }
  });
  const height = top + targets.length * panelHeight + 34;
  body.push(
    text(
      20,
      height - 26,
      "Xanh lá: phần chắc chắn đạt · cam nhạt dần: “hơn”, không có cận trên · gạch xanh: “tối thiểu”, mục tiêu có thể cao hơn",
      { "font-size": 11, fill: MUTED },
    ),
  );
  body.push(
    text(
      20,
      height - 10,
      "Green: reached for sure · fading orange: “more than”, no upper bound · blue hatch: “at least”, the target may be higher",
      { "font-size": 11, fill: MUTED },
    ),
  );
  return svg(
    height,
    "Mục tiêu năm 2023 — The 2023 targets (Q1/2023 report)",
    targets
      .map((t) =>
        t.kind === "target" && t.target.progress !== null
          ? `${t.name.en}: ${t.published}; progress ${byId.get(t.target.progress)?.published}`
          : t.name.en,
      )
      .join("; "),
    body,
  );
}

/** Makes `docs/progress.svg` and `docs/targets.svg` from the Q1/2023 report's release file. */
export function generate(): GeneratedFile[] {
  const report = readDataSet().releases.find((r) => r.release.id === "mic-2023-q1");
  if (!report) throw new Error("data/releases/ holds no mic-2023-q1 release");
  const { release, observations } = report;
  const { event, publisher } = release;
  if (!event?.date || !publisher) throw new Error("the report has an event date and a publisher");
  const [year, month, day] = event.date.split("-");
  const source = [
    `Nguồn · Source: ${publisher.name.vi} (${publisher.abbreviation}), ${event.name.vi}, ${Number(day)}/${Number(month)}/${year}`,
    `Dữ liệu · Data: vn-digital-indicators, ${release.id}@${release.version} (tạo tự động · generated by scripts/generators/charts.ts)`,
  ];
  return [
    { path: "docs/progress.svg", content: progressChart(observations, source) },
    { path: "docs/targets.svg", content: targetsChart(observations, source) },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const file of generate()) {
    writeFileSync(join(root, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
}
