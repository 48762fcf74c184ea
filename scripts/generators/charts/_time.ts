/**
 * Days and domains: an as-of date or period as the days it spans (UTC
 * calendar arithmetic on ISO days), the days a time axis shows, and the top
 * of a value axis.
 */
import { parsePeriod, periodEnd, periodStart } from "../../../src/index.js";
import type { ChartSeries } from "./_types.js";

const DAY = 86_400_000;

/** The time (ms since 1970, UTC) of an ISO day's start: what a time scale's domain takes. */
export function utcTime(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

/** The ISO day (`YYYY-MM-DD`, UTC) of a time. */
function isoOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `addDays("2023-09-30", 1)` → `2023-10-01` (UTC calendar arithmetic on ISO days). */
function addDays(isoDay: string, days: number): string {
  return isoOf(utcTime(isoDay) + days * DAY);
}

/** `2023-09-30` → `2023-10-01`. */
export function nextDay(isoDay: string): string {
  return addDays(isoDay, 1);
}

/** The day halfway through `[start, end)`, rounded down. */
export function midDay(start: string, end: string): string {
  const a = utcTime(start);
  return isoOf(a + Math.floor((utcTime(end) - a) / DAY / 2) * DAY);
}

/** `2022-08-20` → `20/8/2022`; `2023-09` → `9/2023` (the way both languages read it). */
export function shortDate(asOf: string): string {
  const p = parsePeriod(asOf);
  if (p.type === "day") return `${p.day}/${p.month}/${p.year}`;
  if (p.type === "month") return `${p.month}/${p.year}`;
  if (p.type === "quarter") return `Q${p.quarter}/${p.year}`;
  return String(p.year);
}

/** The first and last days a time axis shows: the figures' spans and some days before and after (room for labels). */
export function timeDomain(
  series: readonly ChartSeries[],
  padBefore: number,
  padAfter: number,
): [string, string] {
  const asOfs = series.flatMap((s) => s.points.map((p) => p.observation.asOf));
  const starts = asOfs.map(periodStart).sort();
  const ends = asOfs.map((a) => nextDay(periodEnd(a))).sort();
  return [addDays(`${starts[0]}`, -padBefore), addDays(`${ends.at(-1)}`, padAfter)];
}

/** The top of a value axis: above the highest mark by `headroom`, rounded up to a multiple of `step`. */
export function axisTop(rows: readonly number[], step: number, headroom = 1.12): number {
  return Math.ceil((Math.max(...rows) * headroom) / step) * step;
}
