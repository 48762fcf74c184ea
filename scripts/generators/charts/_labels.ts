/**
 * The labels beside the marks of a time panel: the boxes they and the marks
 * take in a panel's pixels, and where each label stands so that none writes
 * over another.
 */
import { textWidth } from "../_textWidth.js";
import { STATUS_WORDS } from "./_marks.js";
import { midDay } from "./_time.js";
import type { FigureRow, LabelAt } from "./_types.js";

/** A box in a panel's pixels: `[x1, x2] × [y1, y2]`, y down. */
export interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

/** The area two boxes share. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A panel's pixel scales. */
export interface PanelScales {
  readonly width: number;
  readonly height: number;
  /** The time of an ISO day → x. */
  readonly x: (isoDay: string) => number;
  /** A value → y. */
  readonly y: (value: number) => number;
}

export const LABEL_FONT = { fontSize: 12, fontWeight: "bold" } as const;
export const LABEL_HEIGHT = 14;
export const GAP = 9;
/** How much further a label stands from a revised figure's mark: past its ring. */
export const RING_GAP = 4;

/**
 * What a label adds after a figure's printed form: its status in words
 * (`ước tính · estimate`), the values its publisher revised (`sửa từ ·
 * revised from 12,63%`), and how many releases print it where more than one
 * (`2 nguồn`, "2 sources": one figure, one mark; the key says it in both
 * languages).
 */
export function labelSuffix(r: Pick<FigureRow, "status" | "was" | "sources">): string {
  return [
    r.status === "normal" ? "" : ` (${STATUS_WORDS[r.status]})`,
    r.was === "" ? "" : ` (sửa từ · revised from ${r.was})`,
    r.sources > 1 ? ` (${r.sources} nguồn)` : "",
  ].join("");
}

/** The box a label of width `w` takes at `at` of its mark (`x1`…`x2` across, at height `y`), `gap` away from it. */
function labelBox(at: LabelAt, x1: number, x2: number, y: number, w: number, gap = GAP): Box {
  const mid = (x1 + x2) / 2;
  switch (at) {
    case "above":
      return { x1: mid - w / 2, x2: mid + w / 2, y1: y - gap - LABEL_HEIGHT, y2: y - gap };
    case "below":
      return { x1: mid - w / 2, x2: mid + w / 2, y1: y + gap, y2: y + gap + LABEL_HEIGHT };
    case "left":
      return { x1: x1 - gap - w, x2: x1 - gap, y1: y - LABEL_HEIGHT / 2, y2: y + LABEL_HEIGHT / 2 };
    case "right":
      return { x1: x2 + gap, x2: x2 + gap + w, y1: y - LABEL_HEIGHT / 2, y2: y + LABEL_HEIGHT / 2 };
  }
}

/**
 * Places the labels of one panel so that none writes over another label, a
 * mark, or the edge of the plot. A label is the printed form, then what
 * {@link labelSuffix} adds, then the footnote marks of the figure's
 * conflicts. Neighbouring figures of a series with the same label (`63/63`
 * on three dates close together) share one, with every footnote mark. Then, left to right,
 * each label takes the first free place of: above its mark, right of it,
 * left of it, below it (for a bar across a period: above, below, left,
 * right), or, where none is free, the one it overlaps least.
 */
export function placeLabels(
  rows: readonly (Omit<FigureRow, "labelAt"> & { marks: string[] })[],
  scales: PanelScales,
  obstacles: readonly Box[],
): FigureRow[] {
  type Row = (typeof rows)[number];
  const span = (r: Row) => {
    const x1 = scales.x(r.start);
    return { x1, x2: r.day ? x1 : scales.x(r.end), y: scales.y(r.y) };
  };
  // the marks, as obstacles: points, month bars, the bands of open intervals
  const marks: Box[] = rows.flatMap((r) => {
    const { x1, x2, y } = span(r);
    // a revised figure's ring is larger than its mark
    const m = r.revised ? 11 : 7;
    const mark = r.day
      ? { x1: x1 - m, x2: x1 + m, y1: y - m, y2: y + m }
      : r.revised
        ? { x1: x1 - 4, x2: x2 + 4, y1: y - 8, y2: y + 8 }
        : { x1, x2, y1: y - 4, y2: y + 4 };
    const band = r.open ? [{ x1: r.day ? x1 - 5 : x1, x2: r.day ? x1 + 5 : x2, y1: 0, y2: y }] : [];
    return [mark, ...band];
  });
  // runs: neighbours of a series with the same label
  const runs: Row[][] = [];
  for (const id of [...new Set(rows.map((r) => r.series))]) {
    const sorted = rows
      .filter((r) => r.series === id)
      .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
    let run: Row[] = [];
    for (const row of sorted) {
      const prev = run.at(-1);
      const sameLabel =
        prev?.published === row.published &&
        labelSuffix(prev) === labelSuffix(row) &&
        span(row).x1 - span(prev).x2 <= 70;
      if (prev !== undefined && sameLabel) {
        run.push(row);
      } else {
        if (run.length > 0) runs.push(run);
        run = [row];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  runs.sort((a, b) => span(a[0] as Row).x1 - span(b[0] as Row).x1);
  const placedBoxes: Box[] = [];
  const placed = new Map<string, { at: LabelAt | "none"; label: string; anchor: string }>();
  // a label beside a mark on the plot's top or bottom edge may stand half
  // outside it (nothing clips it), not more
  const plot: Box = {
    x1: 0,
    x2: scales.width,
    y1: -LABEL_HEIGHT / 2,
    y2: scales.height + LABEL_HEIGHT / 2,
  };
  for (const run of runs) {
    const head = run[0] as Row;
    const last = run.at(-1) as Row;
    const marksText = [...new Set(run.flatMap((r) => r.marks))].join("");
    const label = `${head.published}${labelSuffix(head)}${marksText}`;
    const w = textWidth(LABEL_FONT, label);
    const gap = head.revised ? GAP + RING_GAP : GAP;
    const x1 = span(head).x1;
    const x2 = span(last).x2;
    const y = span(head).y;
    let best: { at: LabelAt; cost: number } | null = null;
    // beside a bar across a period, a label could be read as the next figure's
    const order = head.day
      ? (["above", "right", "left", "below"] as const)
      : (["above", "below", "left", "right"] as const);
    for (const at of order) {
      const box = labelBox(at, x1, x2, y, w, gap);
      const outside =
        box.x1 < plot.x1 || box.x2 > plot.x2 || box.y1 < plot.y1 || box.y2 > plot.y2 ? 1e6 : 0;
      const cost =
        outside +
        [...marks, ...obstacles, ...placedBoxes].reduce((sum, o) => sum + overlap(box, o), 0);
      if (best === null || cost < best.cost) best = { at, cost };
      if (cost === 0) break;
    }
    const at = (best as { at: LabelAt }).at;
    placedBoxes.push(labelBox(at, x1, x2, y, w, gap));
    // the label stands by the first figure of the run (left, above, below) or the last (right)
    const anchorRow = at === "right" ? last : head;
    for (const r of run) placed.set(r.id, { at: r === anchorRow ? at : "none", label, anchor: "" });
    // a label above or below a run stands over the run's middle
    if (at === "above" || at === "below")
      placed.set(head.id, { at, label, anchor: midDay(head.start, last.end) });
  }
  return rows.map(({ marks: _, ...r }) => {
    const p = placed.get(r.id) ?? { at: "none" as const, label: "", anchor: "" };
    return {
      ...r,
      label: p.at === "none" ? "" : p.label,
      labelAt: p.at,
      labelDate: p.anchor !== "" ? p.anchor : r.labelDate,
    };
  });
}
