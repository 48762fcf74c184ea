import { describe, expectTypeOf, it } from "vitest";
import {
  type CiteFormat,
  type CslItem,
  cite,
  getObservation,
  mic2023Q1,
  type Observation,
  type Release,
} from "../../src/index.js";

/*
 * Issue 20: `cite(observation, { format })` without `release` compiled, then
 * threw. The overloads: a release needs no `release`; an observation requires
 * it. The run-time checks stay, for JavaScript (test/cite/cite.test.ts).
 */

const ndxp = getObservation("ndxp-transactions-2023-q1");

describe("cite's signatures", () => {
  it("a release needs no release option; the format decides the type of the result", () => {
    expectTypeOf(cite(mic2023Q1, { format: "csl" })).toEqualTypeOf<CslItem>();
    expectTypeOf(cite(mic2023Q1, { format: "bibtex" })).toEqualTypeOf<string>();
    expectTypeOf(cite(mic2023Q1, { format: "biblatex" })).toEqualTypeOf<string>();
    expectTypeOf(cite(mic2023Q1, { format: "text" })).toEqualTypeOf<string>();
    // given anyway, it is allowed (and ignored)
    expectTypeOf(cite(mic2023Q1, { format: "text", release: mic2023Q1 })).toEqualTypeOf<string>();
  });

  it("an observation with its release compiles, typed by the format", () => {
    expectTypeOf(cite(ndxp, { format: "csl", release: mic2023Q1 })).toEqualTypeOf<CslItem>();
    expectTypeOf(cite(ndxp, { format: "bibtex", release: mic2023Q1 })).toEqualTypeOf<string>();
    const target: Observation | Release = ndxp;
    expectTypeOf(cite(target, { format: "text", release: mic2023Q1 })).toEqualTypeOf<string>();
  });

  it("a format known only at run time gives either", () => {
    const format = "csl" as CiteFormat;
    expectTypeOf(cite(mic2023Q1, { format })).toEqualTypeOf<CslItem | string>();
    expectTypeOf(cite(ndxp, { format, release: mic2023Q1 })).toEqualTypeOf<CslItem | string>();
    const textual = "text" as "text" | "bibtex";
    expectTypeOf(cite(mic2023Q1, { format: textual })).toEqualTypeOf<string>();
  });

  it("an observation without its release does not compile, in any format", () => {
    // @ts-expect-error an observation needs options.release
    cite(ndxp, { format: "bibtex" });
    // @ts-expect-error an observation needs options.release
    cite(ndxp, { format: "csl" });
    // @ts-expect-error an observation needs options.release
    cite(ndxp, { format: "text" as CiteFormat });
    const target: Observation | Release = ndxp;
    // @ts-expect-error a target that may be an observation needs options.release too
    cite(target, { format: "text" });
  });

  it("an unknown format or option key does not compile", () => {
    // @ts-expect-error not a format
    cite(mic2023Q1, { format: "ris" });
    // @ts-expect-error format is required
    cite(mic2023Q1, {});
    // @ts-expect-error a mistyped option key (refused at run time too: ERR_UNKNOWN_OPTION)
    cite(mic2023Q1, { format: "text", formt: "csl" });
  });
});
