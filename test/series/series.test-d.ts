import { describe, expectTypeOf, it } from "vitest";
import {
  communityTechTeamsLatest,
  communityTechTeamsSeries,
  getObservation,
  type IndicatorLevels,
  type LevelObservation,
  latest,
  type PartOfWholeObservation,
  provincesDxResolutionLatest,
  provincesDxResolutionSeries,
  type SeriesPoint,
  series,
  type ValueObservation,
  type VintageRow,
  vintages,
} from "../../src/index.js";

describe("types that follow the indicator", () => {
  it("a part-of-whole indicator's series, latest point and constants hold part-of-whole observations", () => {
    expectTypeOf(series("provinces-dx-resolution")).toEqualTypeOf<
      readonly SeriesPoint<PartOfWholeObservation>[]
    >();
    // the friction of 0.2.0: this did not compile
    expectTypeOf(series("provinces-dx-resolution")[0]?.observation.part).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(latest("provinces-dx-resolution")).toEqualTypeOf<
      SeriesPoint<PartOfWholeObservation> | undefined
    >();
    expectTypeOf(provincesDxResolutionSeries).toEqualTypeOf<
      readonly SeriesPoint<PartOfWholeObservation>[]
    >();
    expectTypeOf(provincesDxResolutionLatest.observation.whole).toEqualTypeOf<number>();
    expectTypeOf(provincesDxResolutionLatest.publications[0]?.observation.population).toEqualTypeOf<
      PartOfWholeObservation["population"] | undefined
    >();
  });

  it("a value indicator's hold value observations: no part, a shareOf", () => {
    expectTypeOf(series("community-tech-teams")).toEqualTypeOf<
      readonly SeriesPoint<ValueObservation>[]
    >();
    expectTypeOf(communityTechTeamsSeries).toEqualTypeOf<
      readonly SeriesPoint<ValueObservation>[]
    >();
    expectTypeOf(communityTechTeamsLatest.observation.shareOf).toEqualTypeOf<string | null>();
    // @ts-expect-error a value observation has no part
    communityTechTeamsLatest.observation.part;
    expectTypeOf(vintages("community-tech-teams")).toEqualTypeOf<
      readonly VintageRow<ValueObservation>[]
    >();
  });

  it("an indicator with no level figure (a target only) has plain level points", () => {
    expectTypeOf<IndicatorLevels["ndxp-transactions-year"]>().toEqualTypeOf<LevelObservation>();
  });

  it("getObservation is typed by the id", () => {
    expectTypeOf(getObservation("provinces-dx-resolution").part).toEqualTypeOf<number>();
    expectTypeOf(getObservation("fully-online-services-share").kind).toEqualTypeOf<"value">();
  });

  it("a typo in an indicator id is a compile error", () => {
    // @ts-expect-error not an indicator id
    series("community-tech-team");
    // @ts-expect-error not an option of series
    series("community-tech-teams", { known: "2024-01-01" });
  });
});
