import { describe, expect, it } from "vitest";
import {
  ArgumentRangeError,
  ArgumentTypeError,
  cite,
  DATA_VERSION,
  getObservation,
  mic2023Q1,
  type Observation,
  releases,
  VERSION,
} from "../../src/index.js";
import { replaced, revoked, throwingAt, transparent, without } from "../_almost.js";
import { expectBuilderError } from "../metrics/_assert.js";

const release = mic2023Q1;
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
    expect(
      text.endsWith(
        `Data: vn-digital-indicators ${VERSION}, mic-2023-q1@1.0.0, data ${DATA_VERSION}.`,
      ),
    ).toBe(true);
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
      "event-title": release.event?.name.vi,
      "event-date": { "date-parts": [[2023, 3, 6]] },
      issued: { "date-parts": [[2023, 3, 6]] },
      language: "vi",
      version: "mic-2023-q1@1.0.0",
    });
    expect(item.note).toContain(`vn-digital-indicators ${VERSION}`);
    expect(item.note).toContain("Ministry of Science and Technology");
    expect("URL" in item).toBe(false);
    const obs = cite(ndxp, { format: "csl", release });
    expect(obs.id).toBe("mic-2023-q1:ndxp-transactions-2023-q1");
    expect(obs.note).toContain(ndxp.quote);
    expect(JSON.parse(JSON.stringify(obs))).toEqual(obs);
  });

  /** The fields of a BibTeX entry, in order (values as written, outer braces removed). */
  function bibFields(entry: string): [string, string][] {
    return [...entry.matchAll(/^ {2}([a-z]+)\s*= (.*?),?$/gm)].map((m) => [
      m[1] ?? "",
      (m[2] ?? "").replace(/^\{([\s\S]*)\}$/, "$1"),
    ]);
  }

  /** Braces balance, outside escaped ones. */
  function expectBalanced(entry: string): void {
    let depth = 0;
    for (const c of entry.replace(/\\[{}]/g, "")) {
      if (c === "{") depth++;
      if (c === "}") depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  }

  // The fields the standard BibTeX styles (plain, unsrt, alpha, abbrv) know,
  // from Patashnik's "BibTeXing" (btxdoc), plus `url`, which natbib's
  // plainnat/abbrvnat/unsrtnat print. Any other field is silently dropped.
  const CLASSIC_FIELDS = [
    "address",
    "annote",
    "author",
    "booktitle",
    "chapter",
    "crossref",
    "edition",
    "editor",
    "howpublished",
    "institution",
    "journal",
    "key",
    "month",
    "note",
    "number",
    "organization",
    "pages",
    "publisher",
    "school",
    "series",
    "title",
    "type",
    "volume",
    "year",
    "url",
  ];
  /**
   * Not a classic field, written for the readers that know it (pandoc,
   * Zotero, biber read it as the day accessed); classic styles skip it, and
   * the note says the same ("Retrieved <day>, from <address>").
   */
  const READ_BY_PANDOC = ["urldate"];

  it("bibtex: a classic @misc entry with only fields BibTeX and natbib know", () => {
    const bib = cite(release, { format: "bibtex" });
    expect(bib.split("\n")[0]).toBe("@misc{mic-2023-q1,");
    const fields = bibFields(bib);
    expect(fields.map(([k]) => k)).toEqual([
      "author",
      "title",
      "howpublished",
      "year",
      "month",
      "note",
    ]);
    for (const [k] of fields) expect(CLASSIC_FIELDS, k).toContain(k);
    const get = (k: string) => fields.find(([f]) => f === k)?.[1];
    expect(get("author")).toBe("{Bộ Thông tin và Truyền thông}");
    // the English title in the title, where every style prints it
    expect(get("title")).toBe(`{${release.title.vi}} [{${release.title.en}}]`);
    // the event, its place and day, and the data version where every style prints them
    expect(get("howpublished")).toBe(
      "Presented at Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023 (Online state-management briefing conference for Q1/2023), Hà Nội, online, 6 March 2023; " +
        `data mic-2023-q1@1.0.0, data set ${DATA_VERSION} (vn-digital-indicators ${VERSION})`,
    );
    expect(bib).toContain("  year         = {2023},");
    expect(bib).toContain("  month        = mar,");
    expect(get("note")).toContain(
      "part of the Ministry of Science and Technology since 1 March 2025",
    );
    // the source has no address: no url
    expect(get("url")).toBeUndefined();
    expect(bib.endsWith("}\n")).toBe(true);
    expectBalanced(bib);
  });

  it("bibtex of an observation: the figure in the title and its clause in the note, specials escaped", () => {
    const share = cite(getObservation("fully-online-services-share"), {
      format: "bibtex",
      release,
    });
    expect(share.split("\n")[0]).toBe("@misc{mic-2023-q1:fully-online-services-share,");
    const fields = bibFields(share);
    for (const [k] of fields) expect(CLASSIC_FIELDS, k).toContain(k);
    expect(fields.find(([k]) => k === "title")?.[1]).toContain(
      "[{Report of the Ministry of Information and Communications to the online state-management briefing conference for Q1/2023: Share of eligible public services available fully online}]",
    );
    expect(share).toContain("74,72\\%");
    expect(share).not.toMatch(/[^\\]%/);
    expectBalanced(share);
  });

  it("bibtex and biblatex give the url where the source has one (and in the note for styles without url)", () => {
    const url = "https://example.org/mic_2023?q=1#%C3%A1";
    const withUrl = {
      ...release,
      source: { ...release.source, url, accessed: "2024-02-29" as const },
    };
    const bib = cite(withUrl, { format: "bibtex" });
    const fields = bibFields(bib);
    expect(fields.find(([k]) => k === "url")?.[1]).toBe(url);
    expect(fields.find(([k]) => k === "urldate")?.[1]).toBe("2024-02-29");
    expect(fields.find(([k]) => k === "note")?.[1]).toContain(
      `Retrieved 29 February 2024, from https://example.org/mic\\_2023?q=1\\#\\%C3\\%A1.`,
    );
    for (const [k] of fields) expect([...CLASSIC_FIELDS, ...READ_BY_PANDOC], k).toContain(k);
    const biblatex = bibFields(cite(withUrl, { format: "biblatex" }));
    expect(biblatex.find(([k]) => k === "url")?.[1]).toBe(url);
    expect(biblatex.find(([k]) => k === "urldate")?.[1]).toBe("2024-02-29");
    const csl = cite(withUrl, { format: "csl" });
    expect(csl.URL).toBe(url);
    expect(csl.accessed).toEqual({ "date-parts": [[2024, 2, 29]] });
  });

  it("biblatex: a @report with the richer fields (titleaddon, date, event, venue, version)", () => {
    const bib = cite(release, { format: "biblatex" });
    expect(bib.split("\n")[0]).toBe("@report{mic-2023-q1,");
    const fields = Object.fromEntries(bibFields(bib));
    expect(fields).toMatchObject({
      author: "{Bộ Thông tin và Truyền thông}",
      title: `{${release.title.vi}}`,
      titleaddon: `{${release.title.en}}`,
      type: "Report",
      institution: "{Bộ Thông tin và Truyền thông}",
      location: "Hà Nội",
      date: "2023-03-06",
      eventtitle: "Hội nghị trực tuyến giao ban quản lý nhà nước quý 1/2023",
      eventdate: "2023-03-06",
      venue: "Hà Nội, theo hình thức trực tuyến",
      language: "vietnamese",
      version: "mic-2023-q1@1.0.0",
    });
    expect(fields.note).toContain(`vn-digital-indicators ${VERSION}`);
    expect(fields).not.toHaveProperty("url");
    expectBalanced(bib);
    const obs = cite(ndxp, { format: "biblatex", release });
    expect(obs.split("\n")[0]).toBe("@report{mic-2023-q1:ndxp-transactions-2023-q1,");
    expect(obs).toContain("hơn 111 triệu");
    expectBalanced(obs);
  });

  it("rejects a missing release for an observation, another release, a bad target or format", () => {
    // a compile error too (test/cite/cite.test-d.ts): checked at run time for JavaScript
    // @ts-expect-error an observation needs its release
    expect(() => cite(ndxp, { format: "text" })).toThrow(ArgumentTypeError);
    // @ts-expect-error an observation needs its release
    expect(() => cite(ndxp, { format: "text" })).toThrow(/options\.release/);
    const other = { ...ndxp, release: "mic-2023-q2" } as Observation;
    expect(() => cite(other, { format: "text", release })).toThrow(ArgumentRangeError);
    expect(() => cite(null as never, { format: "text" })).toThrow(/target/);
    expect(() => cite(release, { format: "ris" as never })).toThrow(/options\.format/);
    expect(() => cite(release, { format: "ris" as never })).toThrow(/"biblatex"/);
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

  it.each(cases)("%s: the typed error naming the field", (name, args, kind, code, argument) => {
    const [target, options] = args();
    expectBuilderError(name, () => cite(target as never, options as never), kind, code, argument);
  });

  it("a transparent Proxy of the release and of an observation cites the same", () => {
    for (const format of ["csl", "bibtex", "text"] as const) {
      expect(cite(transparent(ndxp), { format, release: transparent(release) })).toEqual(
        cite(ndxp, { format, release }),
      );
    }
  });
});

describe("cite: an unknown option key is refused, naming the closest (issue 20)", () => {
  function refusal(options: unknown): ArgumentRangeError {
    try {
      cite(release, options as never);
    } catch (e) {
      expect(e).toBeInstanceOf(ArgumentRangeError);
      return e as ArgumentRangeError;
    }
    throw new Error("expected ArgumentRangeError");
  }

  it("a mistyped key: ERR_UNKNOWN_OPTION, the key as argument and received, the closest known key", () => {
    const e = refusal({ format: "text", formt: "csl" });
    expect(e.code).toBe("ERR_UNKNOWN_OPTION");
    expect(e.argument).toBe("options.formt");
    expect(e.received).toBe("formt");
    expect(e.message).toBe(
      'Invalid argument `options.formt`: expected "format" (the closest known option); the known options are "format", "release", received "formt".',
    );
    expect(refusal({ format: "text", releases: release }).message).toContain(
      '"release" (the closest known option)',
    );
    // case ignored, a transposition is one edit
    expect(refusal({ Fromat: "text" }).message).toContain('"format" (the closest known option)');
  });

  it("a key close to none: the known keys only", () => {
    const e = refusal({ format: "text", lang: "vi" });
    expect(e.argument).toBe("options.lang");
    expect(e.message).not.toContain("closest");
    expect(e.message).toContain('the known options are "format", "release"');
  });

  it("the known keys, an inherited key or a symbol are not refused", () => {
    const inherited = Object.create({ extra: 1 }) as Record<string, unknown>;
    inherited.format = "text";
    expect(cite(release, inherited as never)).toBe(cite(release, { format: "text" }));
    const withSymbol = { format: "text", [Symbol("s")]: 1 } as const;
    expect(cite(release, withSymbol)).toBe(cite(release, { format: "text" }));
    expect(cite(release, { format: "text", release })).toBe(cite(release, { format: "text" }));
  });
});

describe("cite: the day a page was read (issue 20)", () => {
  const page = releases.find(
    (r) => r.source.url !== null && r.source.date === null && (r.event?.date ?? null) === null,
  );

  it("an undated page: (n.d.) with Retrieved <day>, from <url> in text; accessed, urldate in the others", () => {
    expect(page).toBeDefined();
    if (page === undefined) return;
    const fixed = { ...page, source: { ...page.source, accessed: "2026-12-03" as const } };
    const url = page.source.url ?? "";
    const text = cite(fixed, { format: "text" });
    expect(text).toContain(". (n.d.). ");
    expect(text).toContain(` Retrieved December 3, 2026, from ${url}. `);
    const csl = cite(fixed, { format: "csl" });
    expect(csl.accessed).toEqual({ "date-parts": [[2026, 12, 3]] });
    expect("issued" in csl).toBe(false);
    expect(cite(fixed, { format: "bibtex" })).toContain("  urldate      = {2026-12-03},");
    expect(cite(fixed, { format: "bibtex" })).toContain("Retrieved 3 December 2026, from ");
    expect(cite(fixed, { format: "biblatex" })).toMatch(/^ {2}urldate\s+= \{2026-12-03\},$/m);
  });

  it("every release with an address gives the day it was read; a dated page keeps its date, not n.d.", () => {
    for (const r of releases) {
      const csl = cite(r, { format: "csl" });
      if (r.source.url === null) {
        expect("accessed" in csl, r.id).toBe(false);
        continue;
      }
      expect(csl.accessed, r.id).toEqual({
        "date-parts": [r.source.accessed.split("-").map(Number)],
      });
      const text = cite(r, { format: "text" });
      const dated = (r.event?.date ?? r.source.date) !== null;
      expect(text.includes("(n.d.)"), r.id).toBe(!dated);
      expect(text.includes("Retrieved "), r.id).toBe(!dated);
    }
  });
});
