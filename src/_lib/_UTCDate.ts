/**
 * A `Date` whose local-time methods read and write UTC, so that date-fns
 * functions (which work in local time, and build their results with
 * `new date.constructor(…)`) do calendar arithmetic in UTC whatever the
 * process's time zone (`TZ=Pacific/Kiritimati` skipped 31 December 1994).
 * Internal: results leave the package as `IsoDate` strings.
 *
 * @internal
 */
export class _UTCDate extends Date {
  constructor(...args: [] | [number | string | Date] | [number, number, ...number[]]) {
    if (args.length > 1) {
      const [y, m, ...rest] = args as [number, number, ...number[]];
      super(Date.UTC(y, m, ...rest));
    } else if (args.length === 1) {
      super(args[0] as number);
    } else {
      super();
    }
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override setFullYear(y: number, m?: number, d?: number): number {
    return this.setUTCFullYear(y, m ?? this.getUTCMonth(), d ?? this.getUTCDate());
  }
  override setMonth(m: number, d?: number): number {
    return this.setUTCMonth(m, d ?? this.getUTCDate());
  }
  override setDate(d: number): number {
    return this.setUTCDate(d);
  }
  override setHours(h: number, min?: number, s?: number, ms?: number): number {
    return this.setUTCHours(
      h,
      min ?? this.getUTCMinutes(),
      s ?? this.getUTCSeconds(),
      ms ?? this.getUTCMilliseconds(),
    );
  }
  override setMinutes(min: number, s?: number, ms?: number): number {
    return this.setUTCMinutes(min, s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(s: number, ms?: number): number {
    return this.setUTCSeconds(s, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

/** The UTC midnight of a calendar day (month 1–12). @internal */
export function _utcDay(year: number, month: number, day: number): _UTCDate {
  const d = new _UTCDate(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return d;
}

/** The `YYYY-MM-DD` text of a UTC date. @internal */
export function _isoDay(date: Date): `${number}-${number}-${number}` {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}` as `${number}-${number}-${number}`;
}
