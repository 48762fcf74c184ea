import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Correction,
  Indicator,
  LocalizedText,
  Observation,
  Platform,
  Release,
  Task,
} from "../src/index.js";
import { getObservation } from "../src/index.js";
import type { _localizedText } from "../src/schemas/_common.js";
import type { _indicator, _task } from "../src/schemas/_indicator.js";
import type { _observation } from "../src/schemas/_observation.js";
import type { _correction, _platform, _release } from "../src/schemas/_release.js";

describe("the zod schemas and the model interfaces cannot drift", () => {
  it("infer exactly the interfaces", () => {
    expectTypeOf<z.output<typeof _observation>>().toEqualTypeOf<Observation>();
    expectTypeOf<z.output<typeof _indicator>>().toEqualTypeOf<Indicator>();
    expectTypeOf<z.output<typeof _task>>().toEqualTypeOf<Task>();
    expectTypeOf<z.output<typeof _release>>().toEqualTypeOf<Release>();
    expectTypeOf<z.output<typeof _platform>>().toEqualTypeOf<Platform>();
    expectTypeOf<z.output<typeof _correction>>().toEqualTypeOf<Correction>();
    expectTypeOf<z.output<typeof _localizedText>>().toEqualTypeOf<LocalizedText>();
  });
});

describe("ids are literal types", () => {
  it("getObservation narrows by id", () => {
    const share = getObservation("fully-online-services-share");
    expectTypeOf(share.kind).toEqualTypeOf<"value">();
    expectTypeOf(share.shareOf).toEqualTypeOf<string | null>();
    const dx = getObservation("provinces-dx-resolution");
    expectTypeOf(dx.kind).toEqualTypeOf<"partOfWhole">();
  });

  it("an unknown id does not compile", () => {
    // @ts-expect-error: not an observation id
    expectTypeOf(getObservation).toBeCallableWith("fully-online-service-share");
  });
});
