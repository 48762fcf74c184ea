/**
 * A synthetic series for the generic time-series chart: each thing a chart
 * must draw its own way, on figures made here (not data): a revised figure,
 * an estimate, a provisional value, a relayed "more than" and a forecast,
 * and a related indicator beside it. Its points are made by the package's
 * own rules (`_point`), as `series` makes them.
 */

import type { ChartSeries } from "../../scripts/generators/charts/_types.js";
import { _figureId, _point, type _RawPublication } from "../../src/_lib/_vintages.js";
import {
  type Area,
  getIndicator,
  getObservation,
  type Indicator,
  type LevelObservation,
  type ObservationStatus,
  type Publisher,
  type Release,
  type SeriesPoint,
} from "../../src/index.js";
import { syntheticRelease } from "../_synthetic.js";

const office: Publisher = {
  id: "office",
  name: { vi: "Cơ quan thống kê (giả định)", en: "A statistics office (synthetic)" },
  abbreviation: "SO",
  domains: ["office.example.vn"],
  succession: null,
};

/** A release of `publisher` made public as `madePublic` says, printed by `printedBy`. */
function release(
  id: string,
  publisher: Publisher | null,
  madePublic: Release["madePublic"],
  printedBy = "news.example.vn",
): Release {
  return syntheticRelease(id, publisher, madePublic, printedBy);
}

/** The releases of the synthetic series. */
export const SYNTHETIC_RELEASES = {
  first: release(
    "office-2023-12",
    office,
    { date: "2023-12-29", basis: "official" },
    "office.example.vn",
  ),
  mid: release(
    "office-2024-10",
    office,
    { date: "2024-10-05", basis: "official" },
    "office.example.vn",
  ),
  relay: release("news-2024-10", null, { date: "2024-10-08", basis: "page" }),
  second: release(
    "office-2025-01",
    office,
    { date: "2025-01-06", basis: "event" },
    "office.example.vn",
  ),
} as const;

const base = getObservation("fully-online-services-share");

/** One publication: `published` as `value` with `decimals`, as of `asOf`, in release `r`. */
function pub(
  indicator: string,
  r: Release,
  asOf: string,
  published: string,
  value: number,
  decimals: number,
  extra: { status?: ObservationStatus; comparator?: LevelObservation["comparator"] } = {},
): _RawPublication {
  const observation = {
    ...base,
    id: `${indicator}-${asOf}-${r.id}`,
    release: r.id,
    indicator,
    published,
    value,
    decimals,
    asOf,
    period: asOf,
    status: extra.status ?? "normal",
    comparator: extra.comparator ?? "eq",
    quote: null,
  } as LevelObservation;
  return {
    observation,
    release: r,
    knownFrom: r.madePublic.date as `${number}-${number}-${number}`,
  };
}

/** The point of one figure, as known at `knownAt` (every publication where not given). */
function point(
  publications: _RawPublication[],
  knownAt: string | undefined,
  area: Area | null = null,
): SeriesPoint[] {
  const first = publications[0] as _RawPublication;
  const { indicator, asOf } = first.observation;
  const p = _point(
    {
      figure: _figureId(indicator, asOf, area),
      asOf,
      area,
      publications: publications.map((q) => ({
        ...q,
        observation: { ...q.observation, area } as LevelObservation,
      })),
    },
    () => [],
    knownAt,
  );
  return p === undefined ? [] : [p];
}

/** A synthetic indicator (a percent), with `related` naming the other. */
function indicator(id: string, vi: string, en: string, related: string): Indicator {
  return {
    ...getIndicator("fully-online-services-share"),
    id,
    name: { vi, en },
    related: [
      {
        id: related,
        difference: {
          vi: "Một định nghĩa khác (giả định).",
          en: "Another definition (synthetic).",
        },
      },
    ],
  };
}

/**
 * The synthetic share and its related indicator, as known at `knownAt`:
 *
 * - 2022 (a year): 12,63% (December 2023), revised by its publisher to 12,83% (January 2025);
 * - 2023 (a year): 12,33%, an estimate;
 * - 2024-06-30: 13,5%, provisional;
 * - 2024-09-30: trên 13,8%, printed by the office and relayed by a news page (one figure);
 * - 2025 (a year): 14,5%, a forecast;
 * - the related indicator: 11,2% (2023-06-30) and 12% (2024-06-30).
 */
export function syntheticSeries(
  knownAt?: string,
  area: Area | null = null,
): { share: ChartSeries; other: ChartSeries } {
  const { first, mid, relay, second } = SYNTHETIC_RELEASES;
  const s = "synthetic-share";
  const o = "synthetic-other-share";
  const share = [
    point(
      [pub(s, first, "2022", "12,63%", 12.63, 2), pub(s, second, "2022", "12,83%", 12.83, 2)],
      knownAt,
      area,
    ),
    point([pub(s, first, "2023", "12,33%", 12.33, 2, { status: "estimate" })], knownAt, area),
    point([pub(s, mid, "2024-06-30", "13,5%", 13.5, 1, { status: "provisional" })], knownAt, area),
    point(
      [
        pub(s, mid, "2024-09-30", "trên 13,8%", 13.8, 1, { comparator: "gt" }),
        pub(s, relay, "2024-09-30", "trên 13,8%", 13.8, 1, { comparator: "gt" }),
      ],
      knownAt,
      area,
    ),
    point([pub(s, second, "2025", "14,5%", 14.5, 1, { status: "forecast" })], knownAt, area),
  ].flat();
  const other = [
    point([pub(o, first, "2023-06-30", "11,2%", 11.2, 1)], knownAt, area),
    point([pub(o, mid, "2024-06-30", "12%", 12, 0)], knownAt, area),
  ].flat();
  return {
    share: {
      indicator: indicator(s, "Tỷ lệ giả định", "A synthetic share", o),
      points: share,
    },
    other: {
      indicator: indicator(o, "Tỷ lệ giả định khác", "Another synthetic share", s),
      points: other,
    },
  };
}
