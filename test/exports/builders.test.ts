import { describe, expect, it } from "vitest";
import { _TIDY_COLUMNS } from "../../src/exports/_columns.js";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  observations as allObservations,
  getObservation,
  mic2023Q1,
  type Observation,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
  toTidyRows,
} from "../../src/index.js";
import { tidyFields } from "../../src/schema.js";
import { replaced, revoked, throwingAt, transparent, without } from "../_almost.js";

/** The Q1/2023 report's figures (what the exports and charts show). */
const observations = allObservations.filter((o) => o.release === "mic-2023-q1");

const release = mic2023Q1;

describe("toTidyRows", () => {
  const rows = toTidyRows(observations, { release });
  const byId = (id: string) => rows.find((r) => r.id === id);

  it("one row per observation, in order, with exactly the tidyFields columns", () => {
    expect(rows.map((r) => r.id)).toEqual(observations.map((o) => o.id));
    for (const r of rows) expect(Object.keys(r)).toEqual(tidyFields.map((f) => f.name));
  });

  it("the as-of date is the observation's: the event's for figures stated at the report, the stated day otherwise", () => {
    expect(byId("fully-online-services-share")?.as_of).toBe("2023-03-06");
    expect(byId("onetouch-visits")?.as_of).toBe("2023-02-21");
    // a Q1 count reported on 6 March runs to the report; a target is as of when it was set
    expect(byId("ndxp-transactions-2023-q1")?.as_of).toBe("2023-03-06");
    expect(byId("fully-online-services-target-2023")?.as_of).toBe("2023-03-06");
  });

  it("carries the bounds, parts, missing members, change and target fields", () => {
    expect(byId("fully-online-services-share")).toMatchObject({
      lower: 74.715,
      upper: 74.725,
      lower_inclusive: true,
      upper_inclusive: false,
    });
    expect(byId("ndxp-transactions-cumulative")).toMatchObject({
      value: 1_276_000_000,
      lower: 1_276_000_000,
      upper: null,
      lower_inclusive: false,
    });
    expect(byId("ndxp-transactions-target-2023")).toMatchObject({
      lower: 860_000_000,
      lower_inclusive: true,
      target_year: 2023,
      target_comparator: "gte",
    });
    expect(byId("ndxp-transactions-2023-q1-share-of-target")).toMatchObject({
      lower: 12.945,
      upper: 12.955,
      approximate: true,
      share_of: "ndxp-transactions-target-2023",
    });
    expect(byId("provinces-dx-resolution")).toMatchObject({
      part: 62,
      whole: 63,
      population: "provinces-2023",
      missing: "54",
      missing_published: "còn tỉnh Phú Yên",
    });
    expect(byId("fully-online-services-share-change")).toMatchObject({
      change_basis: "2023-01",
      change_unit: "ambiguous",
      change_of: "fully-online-services-share",
      change_direction: "increase",
    });
    expect(byId("community-tech-teams")).toMatchObject({
      value: 71_836,
      part: null,
      whole: null,
      target_year: null,
    });
  });

  it("rejects what is not observations of the release", () => {
    expect(() => toTidyRows("x" as never, { release })).toThrow(ArgumentTypeError);
    expect(() => toTidyRows(observations, {} as never)).toThrow(/options\.release/);
    expect(() => toTidyRows([null as never], { release })).toThrow(/observations\[0\]/);
    const other = { ...observations[0], release: "mic-2023-q2" } as Observation;
    expect(() => toTidyRows([other], { release })).toThrow(ArgumentRangeError);
    expect(() =>
      toTidyRows([{ ...observations[0], value: Number.NaN } as Observation], { release }),
    ).toThrow(/observations\[0\]\.value/);
  });
});

describe("the columns", () => {
  it("toCsv's column order is tidyFields' (the schema entry's descriptions)", () => {
    expect(_TIDY_COLUMNS).toEqual(tidyFields.map((f) => f.name));
    expect(new Set(_TIDY_COLUMNS).size).toBe(38);
  });
});

describe("toCsv (RFC 4180)", () => {
  it("header row, CRLF line ends, quotes only where needed, inner quotes doubled", () => {
    const csv = toCsv(observations, { release });
    expect(csv.startsWith("id,release,data_version,indicator,kind,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const line = csv.split("\r\n").find((l) => l.startsWith("fully-online-services-share-change,"));
    // the note holds quotes: doubled inside a quoted field
    expect(line).toContain('"Nguồn ghi ""%"" mà không nói');
    expect(line).toContain(',"4,36%",');
  });

  it("a field with a line break or quote is quoted", () => {
    const o = { ...getObservation("community-tech-teams"), quote: 'a "b"\nc' } as Observation;
    expect(toCsv([o], { release }).split("\r\n")[1]).toContain(',"a ""b""\nc",');
  });

  it("numbers plain (dot decimal, no grouping), booleans true/false, empty for null", () => {
    const row = toCsv([getObservation("ndxp-transactions-cumulative")], { release }).split(
      "\r\n",
    )[1];
    expect(row).toContain(",1276000000,");
    expect(row).toContain(",1276000000,false,,false,false,");
  });
});

describe("toJson and toNdjson", () => {
  it("hold the same rows as toTidyRows", () => {
    const rows = toTidyRows(observations, { release });
    expect(JSON.parse(toJson(observations, { release }))).toEqual(rows);
    const lines = toNdjson(observations, { release }).split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((l) => JSON.parse(l))).toEqual(rows);
  });
});

describe("toMarkdown", () => {
  it("a table for people, in English or Vietnamese", () => {
    const en = toMarkdown(observations, { release });
    expect(en.split("\n")[2]).toBe("| Figure | Published | Reading | Period | Id |");
    expect(en).toContain(
      "| Transactions through NDXP in Q1 2023 | hơn 111 triệu | more than 111 million | 2023-Q1 | ndxp-transactions-2023-q1 |",
    );
    expect(en.trimEnd().split("\n")).toHaveLength(4 + observations.length);
    const vi = toMarkdown(observations, { release, lang: "vi" });
    expect(vi).toContain("| Số giao dịch qua NDXP trong quý 1/2023 | hơn 111 triệu |");
    expect(() => toMarkdown(observations, { release, lang: "fr" as never })).toThrow(
      /options\.lang/,
    );
  });

  it("defaults to the observations' release when no release (or no options) is given", () => {
    const md = toMarkdown(observations, { release });
    expect(toMarkdown(observations)).toBe(md);
    expect(toMarkdown(observations, {})).toBe(md);
    expect(toMarkdown(observations, { lang: "vi" })).toBe(
      toMarkdown(observations, { release, lang: "vi" }),
    );
    expect(md.split("\n")[0]).toBe(
      `${mic2023Q1.title.en}. Data mic-2023-q1@${mic2023Q1.version}; event ${mic2023Q1.event?.date}.`,
    );
    // a release given is still checked against the observations
    const other = { ...mic2023Q1, id: "mic-2023-q2" };
    expect(() => toMarkdown(observations, { release: other })).toThrow(ArgumentRangeError);
  });
});

describe("records that are almost an observation or a release (issue 12)", () => {
  const share = getObservation("fully-online-services-share");
  const dx = getObservation("provinces-dx-resolution");
  const builders = { toTidyRows, toCsv, toJson, toNdjson, toMarkdown } as const;
  const cases: readonly [string, () => unknown, "type" | "range", string, string][] = [
    [
      "no name",
      () => [[without(share, ["name"])], { release }],
      "type",
      "ERR_INVALID_TYPE",
      "observations[0].name",
    ],
    [
      "no name.en",
      () => [[without(share, ["name", "en"])], { release }],
      "type",
      "ERR_INVALID_TYPE",
      "observations[0].name.en",
    ],
    [
      "missing of the wrong type",
      () => [[replaced(dx, ["missing"], "54")], { release }],
      "type",
      "ERR_INVALID_TYPE",
      "observations[0].missing",
    ],
    [
      "missing.codes not an array",
      () => [[replaced(dx, ["missing", "codes"], "54")], { release }],
      "type",
      "ERR_INVALID_TYPE",
      "observations[0].missing.codes",
    ],
    [
      "an unknown kind",
      () => [[replaced(share, ["kind"], "share")], { release }],
      "range",
      "ERR_OUT_OF_RANGE",
      "observations[0].kind",
    ],
    [
      "a getter that throws",
      () => [[throwingAt(share, ["quote"])], { release }],
      "type",
      "ERR_INVALID_TYPE",
      "observations[0].quote",
    ],
    [
      "a revoked Proxy",
      () => [[revoked()], { release }],
      "type",
      "ERR_INVALID_TYPE",
      "observations[0]",
    ],
    [
      "a release with no publisher",
      () => [[share], { release: without(release, ["publisher"]) }],
      "type",
      "ERR_INVALID_TYPE",
      "options.release.publisher",
    ],
    [
      "a release with no event",
      () => [[share], { release: without(release, ["event"]) }],
      "type",
      "ERR_INVALID_TYPE",
      "options.release.event",
    ],
    [
      "a release with no event date",
      () => [[share], { release: without(release, ["event", "date"]) }],
      "type",
      "ERR_INVALID_TYPE",
      "options.release.event.date",
    ],
    [
      "a release name that throws",
      () => [[share], { release: throwingAt(release, ["publisher", "name"]) }],
      "type",
      "ERR_INVALID_TYPE",
      "options.release.publisher.name",
    ],
  ];

  it.each(cases)(
    "%s: every builder throws the typed error naming the field",
    (_name, args, kind, code, argument) => {
      for (const [name, build] of Object.entries(builders)) {
        const [list, options] = args() as [Observation[], { release: typeof release }];
        let error: unknown;
        try {
          build(list, options);
        } catch (e) {
          error = e;
        }
        expect(error, name).toBeInstanceOf(
          kind === "type" ? ArgumentTypeError : ArgumentRangeError,
        );
        expect(error, name).toMatchObject({ code, argument });
      }
    },
  );

  it("a transparent Proxy of valid records gives the same output", () => {
    const proxied = observations.map((o) => transparent(o));
    expect(toCsv(proxied, { release: transparent(release) })).toBe(
      toCsv(observations, { release }),
    );
    expect(toMarkdown(proxied, transparent({ release, lang: "vi" as const }))).toBe(
      toMarkdown(observations, { release, lang: "vi" }),
    );
  });
});
