import { describe, expectTypeOf, it } from "vitest";
import {
  type ChangeReading,
  type Coverage,
  consistent,
  type DeltaResult,
  type Derived,
  delta,
  elapsedShare,
  type FormatPeriodOptions,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatValue,
  getObservation,
  type Interval,
  impliedBaseline,
  type ObservationPeriod,
  type Period,
  parsePeriod,
  periodEnd,
  periodStart,
  product,
  progressRatio,
  projectRunRate,
  type RequiredPace,
  type RunRateProjection,
  ratio,
  requiredPace,
  shareOfTarget,
  targetGap,
} from "../src/index.js";
import type { IsoDate } from "../src/model/common.js";

describe("helper signatures", () => {
  it("progressRatio: (part, whole) or a part-of-whole observation → number", () => {
    expectTypeOf(progressRatio(19, 22)).toEqualTypeOf<number>();
    expectTypeOf(
      progressRatio(getObservation("ministries-egov-architecture-2")),
    ).toEqualTypeOf<number>();
    // @ts-expect-error a value observation is not a part of a whole
    progressRatio(getObservation("fully-online-services-share"));
    // @ts-expect-error a string is not a count
    progressRatio("19", 22);
  });

  it("an unknown observation id does not compile", () => {
    // @ts-expect-error typo: "service" for "services"
    getObservation("fully-online-service-share");
    // @ts-expect-error no such id
    formatValue(getObservation("ndxp-transactions-2024"), { locale: "vi" });
  });

  it("formatting", () => {
    expectTypeOf(formatValue).parameter(1).toEqualTypeOf<{ readonly locale: "vi" | "en" }>();
    expectTypeOf(
      formatValue(getObservation("community-tech-teams"), { locale: "en" }),
    ).toEqualTypeOf<string>();
    // @ts-expect-error the locale is required
    formatValue(getObservation("community-tech-teams"), {});
    // @ts-expect-error only vi and en
    formatPercent(0.5, { locale: "fr" });
    expectTypeOf(formatNumber(4.66, { locale: "vi", decimals: 2 })).toEqualTypeOf<string>();
  });

  it("delta, impliedBaseline, targetGap, shareOfTarget", () => {
    expectTypeOf(delta(74.72, 70.36)).toEqualTypeOf<DeltaResult>();
    const change = getObservation("fully-online-services-share-change");
    const current = getObservation("fully-online-services-share");
    expectTypeOf(impliedBaseline(change, { current, reading: "points" })).toEqualTypeOf<number>();
    expectTypeOf<ChangeReading>().toEqualTypeOf<"points" | "relative">();
    // @ts-expect-error only a change observation
    impliedBaseline(current, { current, reading: "points" });
    // @ts-expect-error the reading is one of two words
    impliedBaseline(change, { current, reading: "percent" });
    const target = getObservation("fully-online-services-target-2023");
    expectTypeOf(targetGap(current, target)).toEqualTypeOf<Derived>();
    expectTypeOf(shareOfTarget(current, target)).toEqualTypeOf<Derived>();
    // @ts-expect-error the target must be a target observation
    targetGap(current, current);
  });

  it("intervals", () => {
    expectTypeOf(product).returns.toEqualTypeOf<Interval>();
    expectTypeOf(ratio).parameters.toEqualTypeOf<[Interval | number, Interval | number]>();
    expectTypeOf(consistent).returns.toEqualTypeOf<boolean>();
  });

  it("periods return IsoDate strings, not Dates", () => {
    expectTypeOf(periodStart("2023-Q1")).toEqualTypeOf<IsoDate>();
    expectTypeOf(periodEnd("2023")).toEqualTypeOf<IsoDate>();
    expectTypeOf(parsePeriod("2023-Q1")).toEqualTypeOf<Period>();
    expectTypeOf(elapsedShare("2023-Q1", "2023-03-06")).toEqualTypeOf<number>();
    expectTypeOf(formatPeriod("2023-Q1", { locale: "en" })).toEqualTypeOf<string>();
    expectTypeOf<FormatPeriodOptions["locale"]>().toEqualTypeOf<"vi" | "en">();
    // every observation's period, "report" included, is accepted
    expectTypeOf<ObservationPeriod>().toExtend<Parameters<typeof formatPeriod>[0]>();
    // @ts-expect-error: an unknown locale
    formatPeriod("2023", { locale: "fr" });
    // the deprecated 0.1.0 call still type-checks
    expectTypeOf(formatPeriod("2023-Q1", "vi")).toEqualTypeOf<string>();
  });

  it("projections need a coverage", () => {
    const q1 = getObservation("ndxp-transactions-2023-q1");
    const target = getObservation("ndxp-transactions-target-2023");
    expectTypeOf(
      projectRunRate(q1, { to: "2023", coverage: "period" }),
    ).toEqualTypeOf<RunRateProjection>();
    expectTypeOf(
      requiredPace(q1, target, { coverage: { asOf: "2023-03-06" } }),
    ).toEqualTypeOf<RequiredPace>();
    expectTypeOf<Coverage>().toEqualTypeOf<"period" | { readonly asOf: IsoDate }>();
    // @ts-expect-error coverage is required
    projectRunRate(q1, { to: "2023" });
    // @ts-expect-error coverage is required
    requiredPace(q1, target, {});
  });
});
