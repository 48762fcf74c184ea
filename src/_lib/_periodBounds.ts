import { endOfMonth } from "date-fns/endOfMonth";
import { endOfQuarter } from "date-fns/endOfQuarter";
import { endOfYear } from "date-fns/endOfYear";
import type { Period } from "../periods/parsePeriod.js";
import { _UTCDate, _utcDay } from "./_UTCDate.js";

/** The first day of a period, as a UTC date. @internal */
export function _start(p: Period): _UTCDate {
  if (p.type === "year") return _utcDay(p.year, 1, 1);
  if (p.type === "quarter") return _utcDay(p.year, ((p.quarter ?? 1) - 1) * 3 + 1, 1);
  return _utcDay(p.year, p.month ?? 1, p.day ?? 1);
}

/** The last day of a period, as a UTC date (at midnight). @internal */
export function _end(p: Period): _UTCDate {
  const start = _start(p);
  const end =
    p.type === "year"
      ? endOfYear(start)
      : p.type === "quarter"
        ? endOfQuarter(start)
        : p.type === "month"
          ? endOfMonth(start)
          : start;
  const day = new _UTCDate(end.getTime());
  day.setUTCHours(0, 0, 0, 0);
  return day;
}
