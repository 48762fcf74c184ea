import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  cite,
  DATA_VERSION,
  getObservation,
  latestRelease,
  type Observation,
  VERSION,
} from "../../src/index.js";
import { replaced, revoked, throwingAt, transparent, without } from "../_almost.js";

const release = latestRelease;
const ndxp = getObservation("ndxp-transactions-2023-q1");

describe("cite", () => {
  it("text: an APA-style line naming the report, ministry, successor, event, date and versions", () => {
    const text = cite(release, { format: "text" });
    expect(
      text.startsWith(
        "Bộ Thông tin và Truyền thông [Ministry of Information and Communications]. (2023, March 6). ",
      ),
    ).toBe(true);
    expect(text).toContain(release.title.vi);
    expect(text).toContain(release.title.en);
    expect(text).toContain("Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023");
    expect(text).toContain("6 March 2023");
    expect(text).toContain("part of the Ministry of Science and Technology since 1 March 2025");
    expect(text.endsWith(`Data: vn-digital-indicators ${VERSION}, ${DATA_VERSION}.`)).toBe(true);
    expect(text).not.toContain("\n");
  });

  it("text of an observation: the figure as printed, its name and id, then the report", () => {
    const text = cite(ndxp, { format: "text", release });
    expect(
      text.startsWith(
        '"hơn 111 triệu" (Transactions through NDXP in Q1 2023; id ndxp-transactions-2023-q1). In Bộ Thông tin',
      ),
    ).toBe(true);
  });

  it("csl: a CSL-JSON report item with event, dates, language and version", () => {
    const item = cite(release, { format: "csl" });
    expect(item).toMatchObject({
      id: "mic-2023-q1",
      type: "report",
      title: release.title.vi,
      author: [{ literal: "Bộ Thông tin và Truyền thông" }],
      publisher: "Bộ Thông tin và Truyền thông",
      "event-title": release.event.name.vi,
      "event-date": { "date-parts": [[2023, 3, 6]] },
      issued: { "date-parts": [[2023, 3, 6]] },
      language: "vi",
      version: DATA_VERSION,
    });
    expect(item.note).toContain(`vn-digital-indicators ${VERSION}`);
    expect(item.note).toContain("Ministry of Science and Technology");
    expect("URL" in item).toBe(false);
    const obs = cite(ndxp, { format: "csl", release });
    expect(obs.id).toBe("mic-2023-q1:ndxp-transactions-2023-q1");
    expect(obs.note).toContain(ndxp.quote);
    expect(JSON.parse(JSON.stringify(obs))).toEqual(obs);
  });

  it("bibtex: a @techreport with escaped specials, the date, event and version", () => {
    const bib = cite(release, { format: "bibtex" });
    expect(bib.split("\n")[0]).toBe("@techreport{mic-2023-q1,");
    expect(bib).toContain("  author      = {{Bộ Thông tin và Truyền thông}},");
    expect(bib).toContain("  year        = {2023},");
    expect(bib).toContain("  month       = mar,");
    expect(bib).toContain("  eventdate   = {2023-03-06},");
    expect(bib).toContain("  version     = {mic-2023-q1@1.0.0},");
    expect(bib.endsWith("}\n")).toBe(true);
    // braces balance
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, "")) {
      if (c === "{") depth++;
      if (c === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const share = cite(getObservation("fully-online-services-share"), {
      format: "bibtex",
      release,
    });
    expect(share.split("\n")[0]).toBe("@techreport{mic-2023-q1:fully-online-services-share,");
    expect(share).toContain("74,72\\%");
    expect(share).not.toMatch(/[^\\]%/);
  });

  it("rejects a missing release for an observation, another release, a bad target or format", () => {
    expect(() => cite(ndxp, { format: "text" })).toThrow(ArgumentTypeError);
    expect(() => cite(ndxp, { format: "text" })).toThrow(/options\.release/);
    const other = { ...ndxp, release: "mic-2023-q2" } as Observation;
    expect(() => cite(other, { format: "text", release })).toThrow(ArgumentRangeError);
    expect(() => cite(null as never, { format: "text" })).toThrow(/target/);
    expect(() => cite(release, { format: "ris" as never })).toThrow(/options\.format/);
    expect(() => cite(release, {} as never)).toThrow(/options\.format/);
  });
});

describe("cite: records that are almost a release or an observation (issue 12)", () => {
  const cases: readonly [string, () => [unknown, unknown], "type" | "range", string, string][] = [
    [
      "a release with no publisher",
      () => [without(release, ["publisher"]), { format: "text" }],
      "type",
      "ERR_INVALID_TYPE",
      "target.publisher",
    ],
    [
      "a release with no event",
      () => [without(release, ["event"]), { format: "csl" }],
      "type",
      "ERR_INVALID_TYPE",
      "target.event",
    ],
    [
      "a release whose succession date is no day",
      () => [
        replaced(release, ["publisher", "succession", "date"], "2025-02-30"),
        { format: "bibtex" },
      ],
      "type",
      "ERR_INVALID_TYPE",
      "target.publisher.succession.date",
    ],
    [
      "an observation with no name",
      () => [without(ndxp, ["name"]), { format: "text", release }],
      "type",
      "ERR_INVALID_TYPE",
      "target.name",
    ],
    [
      "an observation whose published throws",
      () => [throwingAt(ndxp, ["published"]), { format: "text", release }],
      "type",
      "ERR_INVALID_TYPE",
      "target.published",
    ],
    [
      "an observation of a release with no event",
      () => [ndxp, { format: "text", release: without(release, ["event"]) }],
      "type",
      "ERR_INVALID_TYPE",
      "options.release.event",
    ],
    [
      "a revoked Proxy",
      () => [revoked(), { format: "text" }],
      "type",
      "ERR_INVALID_TYPE",
      "target",
    ],
    [
      "options that throw",
      () => [release, throwingAt({ format: "text" }, ["format"])],
      "type",
      "ERR_INVALID_TYPE",
      "options.format",
    ],
  ];

  it.each(cases)("%s: the typed error naming the field", (_name, args, kind, code, argument) => {
    const [target, options] = args();
    let error: unknown;
    try {
      cite(target as never, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(kind === "type" ? ArgumentTypeError : ArgumentRangeError);
    expect(error).toMatchObject({ code, argument });
  });

  it("a transparent Proxy of the release and of an observation cites the same", () => {
    for (const format of ["csl", "bibtex", "text"] as const) {
      expect(cite(transparent(ndxp), { format, release: transparent(release) })).toEqual(
        cite(ndxp, { format, release }),
      );
    }
  });
});
