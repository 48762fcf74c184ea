import { describe, expect, it } from "vitest";
import { _TIDY_COLUMNS } from "../../src/exports/_columns.js";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  observations as allObservations,
  type Conflict,
  conflicts,
  DATA_VERSION,
  getObservation,
  mic2023Q1,
  type Observation,
  type Release,
  releases,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
  toTidyRows,
  vov202409,
} from "../../src/index.js";
import { tidyFields } from "../../src/schema.js";
import { replaced, revoked, throwingAt, transparent, without } from "../_almost.js";
import { reportObservations as observations } from "../_report.js";
import { expectBuilderError } from "../metrics/_assert.js";

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
      missing: ["54"],
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

  it("carries the release, both versions, the as-of date as written with its days, the status, the vintage, the term and the source", () => {
    expect(byId("fully-online-services-share")).toMatchObject({
      release: "mic-2023-q1",
      release_version: mic2023Q1.version,
      data_version: DATA_VERSION,
      as_of: "2023-03-06",
      as_of_start: "2023-03-06",
      as_of_end: "2023-03-06",
      as_of_basis: "event",
      as_of_order: 1,
      status: "normal",
      status_sdmx: "A",
      area_units: null,
      area_code: null,
      figure: "fully-online-services-share@2023-03-06",
      published_at: "2023-03-06",
      published_at_basis: "event",
      known_from: "2023-03-06",
      vintage: 1,
      publication_role: "first",
      is_latest_vintage: true,
      source_url: null,
      source_accessed: mic2023Q1.source.accessed,
      source_printed_by: null,
      publisher: "mic",
    });
    expect(byId("fully-online-services-share")?.quote).toMatch(/^.{20,}$/);
    // no conflicts given: not looked up (null), never an empty list claiming none
    expect(rows.every((r) => r.conflicts === null)).toBe(true);
    expect(Object.isFrozen(byId("provinces-dx-resolution")?.missing)).toBe(true);
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

describe("toTidyRows over many releases (options.releases)", () => {
  const all = toTidyRows(allObservations, { releases, conflicts });
  const byId = (id: string) => all.find((r) => r.id === id);

  it("one row per observation of every release, each with its own release", () => {
    expect(all).toHaveLength(allObservations.length);
    expect(all.map((r) => r.id)).toEqual(allObservations.map((o) => o.id));
    for (const r of all) {
      const release = releases.find((x) => x.id === r.release);
      expect(r.release_version, r.id).toBe(release?.version);
      expect(r.source_url, r.id).toBe(release?.source.url);
      expect(r.publisher, r.id).toBe(release?.publisher?.id ?? null);
    }
    // the report's rows are the same as with options.release (conflicts apart), but for
    // what is read among the rows given: a figure's place in its series and its vintages
    const among = ["as_of_order", "vintage", "publication_role", "is_latest_vintage"];
    const strip = (r: object) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => !among.includes(k)));
    const report = toTidyRows(observations, { release: mic2023Q1, conflicts });
    expect(all.filter((r) => r.release === "mic-2023-q1").map(strip)).toEqual(report.map(strip));
  });

  it("a month or a quarter as of: as written, with its first and last day; never a guessed day", () => {
    expect(byId("community-tech-teams-2024-09")).toMatchObject({
      as_of: "2024-09",
      as_of_start: "2024-09-01",
      as_of_end: "2024-09-30",
      as_of_basis: "stated",
      release: "vov-2024-09",
      publisher: null,
      source_printed_by: "vov.vn",
      quote: null,
    });
    expect(byId("dx-steering-committee-share-2022-q3")).toMatchObject({
      as_of: "2022-Q3",
      as_of_start: "2022-07-01",
      as_of_end: "2022-09-30",
      as_of_basis: "event-period",
    });
    for (const r of all) {
      expect(r.as_of_start <= r.as_of_end, r.id).toBe(true);
      if (/^\d{4}-\d{2}-\d{2}$/.test(r.as_of))
        expect([r.as_of_start, r.as_of_end]).toEqual([r.as_of, r.as_of]);
    }
    // 15 of months and quarters, 42 DTI and Resolution 57 years, 2 NDXP April 2024 counts
    expect(all.filter((r) => r.as_of.length !== 10).length).toBe(59);
  });

  it("statuses are marked with their SDMX code; codes are strings with their zeros; pages carry no quote", () => {
    expect(all.map((r) => [r.id, r.status])).toEqual(allObservations.map((o) => [o.id, o.status]));
    const sdmx = { normal: "A", estimate: "E", provisional: "P", forecast: "F" } as const;
    for (const r of all) expect(r.status_sdmx, r.id).toBe(sdmx[r.status as keyof typeof sdmx]);
    expect(byId("fully-online-services-share-2023-06-19")).toMatchObject({
      status: "estimate",
      status_sdmx: "E",
    });
    expect(
      byId("ministries-and-provinces-published-online-service-list-2023-06-19")?.missing,
    ).toEqual(["01", "36", "67"]);
    expect(all.filter((r) => r.release !== "mic-2023-q1" && r.quote !== null)).toEqual([]);
  });

  it("the conflicts column lists the conflicts naming the observation, in the order of `conflicts`", () => {
    expect(byId("ndxp-transactions-2023-q1")?.conflicts).toEqual(["ndxp-partial-quarters"]);
    expect(byId("community-tech-teams-2022-08-23")?.conflicts).toEqual([
      "community-tech-teams-2022-08-dates",
    ]);
    expect(byId("fully-online-services-share")?.conflicts).toEqual([]);
    for (const c of conflicts) {
      expect(
        all.filter((r) => r.conflicts?.includes(c.id)).map((r) => r.id),
        c.id,
      ).toEqual(allObservations.filter((o) => c.observations.includes(o.id)).map((o) => o.id));
    }
    // a conflict naming only release metadata names no row
    expect(all.some((r) => r.conflicts?.includes("onetouch-launch-month"))).toBe(false);
  });

  it("every builder makes the same rows from { releases, conflicts }", () => {
    const options = { releases, conflicts };
    expect(JSON.parse(toJson(allObservations, options))).toEqual(all);
    expect(
      toNdjson(allObservations, options)
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual(all);
    const csv = toCsv(allObservations, options).split("\r\n");
    expect(csv).toHaveLength(allObservations.length + 2);
    expect(
      csv.find((l) =>
        l.startsWith("ministries-and-provinces-published-online-service-list-2023-06-19,"),
      ),
    ).toContain(",01;36;67,");
    expect(csv.find((l) => l.startsWith("ndxp-transactions-2023-q1,"))).toContain(
      ",ndxp-partial-quarters,",
    );
  });

  it("refuses neither or both of release and releases, an observation of no release given, two releases with one id", () => {
    const error = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    expect(error(() => toTidyRows(allObservations, {} as never))).toMatchObject({
      code: "ERR_MISSING_OPTION",
      argument: "options.release",
    });
    expect(error(() => toTidyRows(allObservations, { conflicts } as never))).toBeInstanceOf(
      ArgumentTypeError,
    );
    expect(
      error(() => toTidyRows(observations, { release: mic2023Q1, releases: [mic2023Q1] } as never)),
    ).toMatchObject({ code: "ERR_INVALID_TYPE", argument: "options.releases" });
    expect(error(() => toTidyRows(allObservations, { releases: [mic2023Q1] }))).toMatchObject({
      code: "ERR_OUT_OF_RANGE",
      argument: "observations[0].release",
    });
    expect(error(() => toCsv(observations, { releases: [mic2023Q1, mic2023Q1] }))).toMatchObject({
      code: "ERR_OUT_OF_RANGE",
      argument: "options.releases[1].id",
    });
    expect(error(() => toTidyRows(observations, { releases: mic2023Q1 as never }))).toMatchObject({
      code: "ERR_INVALID_TYPE",
      argument: "options.releases",
    });
    expect(
      error(() => toTidyRows(observations, { release: mic2023Q1, conflicts: "x" as never })),
    ).toMatchObject({ code: "ERR_INVALID_TYPE", argument: "options.conflicts" });
    // a release given only among others is enough
    expect(
      toTidyRows([getObservation("community-tech-teams-2024-09")], { releases: [vov202409] }),
    ).toHaveLength(1);
  });

  it("reads its options once: a getter of options.releases or options.conflicts runs once", () => {
    let reads = 0;
    const options = {
      get releases(): readonly Release[] {
        reads++;
        return releases;
      },
      get conflicts(): readonly Conflict[] {
        reads++;
        return conflicts;
      },
    };
    expect(toCsv(allObservations, options)).toBe(toCsv(allObservations, { releases, conflicts }));
    expect(reads).toBe(2);
  });
});

describe("the columns", () => {
  it("toCsv's column order is tidyFields' (the schema entry's descriptions)", () => {
    expect(_TIDY_COLUMNS).toEqual(tidyFields.map((f) => f.name));
    expect(new Set(_TIDY_COLUMNS).size).toBe(60);
  });
});

describe("toCsv (RFC 4180)", () => {
  it("header row, CRLF line ends, quotes only where needed, inner quotes doubled", () => {
    const csv = toCsv(observations, { release });
    expect(csv.startsWith("id,release,release_version,data_version,indicator,kind,")).toBe(true);
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
        expectBuilderError(name, () => build(list, options), kind, code, argument);
      }
    },
  );

  const listBuilders = { toTidyRows, toCsv, toJson, toNdjson } as const;
  const listCases: readonly [string, () => unknown, "type" | "range", string, string][] = [
    [
      "a release of options.releases with no source",
      () => [[share], { releases: [vov202409, without(release, ["source"])] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.releases[1].source",
    ],
    [
      "a release of options.releases whose publisher has no id",
      () => [[share], { releases: [without(release, ["publisher", "id"])] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.releases[0].publisher.id",
    ],
    [
      "a release of options.releases that throws",
      () => [[share], { releases: [throwingAt(release, ["title"])] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.releases[0].title",
    ],
    [
      "a conflict with no observations",
      () => [[share], { release, conflicts: [without(conflicts[0], ["observations"])] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.conflicts[0].observations",
    ],
    [
      "a conflict naming an observation by a number",
      () => [[share], { release, conflicts: [replaced(conflicts[1], ["observations"], [1])] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.conflicts[0].observations[0]",
    ],
    [
      "a revoked Proxy as a conflict",
      () => [[share], { release, conflicts: [revoked()] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.conflicts[0]",
    ],
    [
      "a sparse list of releases",
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case
      () => [[share], { releases: [release, , vov202409] }],
      "type",
      "ERR_INVALID_TYPE",
      "options.releases[1]",
    ],
  ];

  it.each(listCases)(
    "%s: every builder taking many releases throws the typed error naming the field",
    (_name, args, kind, code, argument) => {
      for (const [name, build] of Object.entries(listBuilders)) {
        const [list, options] = args() as [Observation[], never];
        expectBuilderError(name, () => build(list, options), kind, code, argument);
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
