import type { Period } from "../periods/parsePeriod.js";

/** Milliseconds in a day. @internal */
export const _DAY = 86_400_000;

/**
 * The first and the last day of a period, as UTC day numbers (days since
 * 1970-01-01): plain `Date.UTC` arithmetic (day 0 of the next month is the
 * last of this one), the same in every time zone, with no date library.
 *
 * @internal
 */
export function _days(p: Period): [first: number, last: number] {
  // the period's first month (0–11), from the finest field it has
  const month = p.month ? p.month - 1 : p.quarter ? 3 * p.quarter - 3 : 0;
  const first = Date.UTC(p.year, month, p.day ?? 1) / _DAY;
  const months = p.month ? 1 : p.quarter ? 3 : 12;
  return [first, p.day ? first : Date.UTC(p.year, month + months, 0) / _DAY];
}

/** The first day of a period, as a UTC date (at midnight). @internal */
export function _start(p: Period): Date {
  return new Date(_days(p)[0] * _DAY);
}

/** The last day of a period, as a UTC date (at midnight). @internal */
export function _end(p: Period): Date {
  return new Date(_days(p)[1] * _DAY);
}

/** The `YYYY-MM-DD` text of a UTC day number (years 1000–9999). @internal */
export function _isoDay(day: number): `${number}-${number}-${number}` {
  return new Date(day * _DAY).toISOString().slice(0, 10) as `${number}-${number}-${number}`;
}
