import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type CiteFormat,
  type CslItem,
  cite,
  DATA_VERSION,
  getObservation,
  mic2023Q1,
  releases,
  VERSION,
} from "../../src/index.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { findCommand, needSystem } from "../_system.js";

/*
 * Citations rendered by real processors, as a reader would get them:
 * - pandoc's citeproc with the APA style of Debian's citation-style-language-styles,
 *   from a CSL-JSON, a BibTeX (`.bibtex`: pandoc reads it as classic BibTeX) and
 *   a BibLaTeX (`.bib`) bibliography;
 * - CITATION.cff read by Citation.js's CFF plugin (npm), then rendered the same way.
 * Each rendered reference must name the report, its event and date, and the data version.
 */

const root = join(import.meta.dirname, "..", "..");
const APA = "/usr/share/citation-style-language/styles/apa.csl";
const release = mic2023Q1;
/** The report's own data version (`mic-2023-q1@1.0.0`), beside the data set's `DATA_VERSION`. */
const RELEASE_VERSION = `${mic2023Q1.id}@${mic2023Q1.version}`;
const ndxp = getObservation("ndxp-transactions-2023-q1");
const EVENT_VI = release.event?.name.vi; // "Hội nghị …": the title says "hội nghị …", lower case

function needPandoc(ctx: { skip: (note: string) => void }): void {
  needSystem(ctx, "pandoc", findCommand("pandoc") !== null, "apt-get install pandoc");
  needSystem(
    ctx,
    "the APA style (apa.csl)",
    existsSync(APA),
    "apt-get install citation-style-language-styles",
  );
}

/** The bibliography pandoc's citeproc renders in APA style, one reference per item. */
function renderApa(file: string, content: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "vn-digital-indicators-cite-"));
  writeFileSync(join(dir, file), content);
  writeFileSync(join(dir, "refs.md"), '---\nnocite: "@*"\n---\n');
  const out = execFileSync(
    "pandoc",
    [
      "refs.md",
      "--citeproc",
      `--bibliography=${file}`,
      `--csl=${APA}`,
      "--to=plain",
      "--wrap=none",
    ],
    { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: PROGRAM_HANG_MS },
  );
  return out.trim().split(/\n\s*\n/);
}

/** What every rendered reference must say. */
function expectNamesReportEventDateVersion(reference: string): void {
  expect(reference.startsWith("Bộ Thông tin và Truyền thông. (2023")).toBe(true);
  expect(reference).toContain(release.title.vi);
  expect(reference).toContain(EVENT_VI);
  expect(reference).toContain(RELEASE_VERSION);
}

const BIBLIOGRAPHIES: readonly {
  readonly format: Exclude<CiteFormat, "text">;
  readonly file: string;
}[] = [
  { format: "csl", file: "refs.json" },
  // pandoc reads `.bibtex` as classic BibTeX, `.bib` as BibLaTeX
  { format: "bibtex", file: "refs.bibtex" },
  { format: "biblatex", file: "refs.bib" },
];

function bibliography(format: Exclude<CiteFormat, "text">): string {
  if (format === "csl") {
    return JSON.stringify([
      cite(release, { format: "csl" }),
      cite(ndxp, { format: "csl", release }),
    ]);
  }
  return `${cite(release, { format })}\n${cite(ndxp, { format, release })}`;
}

describe("citations rendered by pandoc's citeproc (APA 7th edition)", () => {
  it.for(BIBLIOGRAPHIES)(
    "$format: the report and a figure, with event, date and data version",
    ({ format, file }, ctx) => {
      needPandoc(ctx);
      const refs = renderApa(file, bibliography(format));
      expect(refs).toHaveLength(2);
      const figure = refs.filter((r) => r.includes(ndxp.name.vi));
      const report = refs.filter((r) => !r.includes(ndxp.name.vi));
      expect(figure).toHaveLength(1);
      expect(report).toHaveLength(1);
      for (const r of refs) expectNamesReportEventDateVersion(r);
    },
  );

  it("bibtex: classic BibTeX keeps the English title, the event's day and place, and the package version", (ctx) => {
    needPandoc(ctx);
    const [report] = renderApa("refs.bibtex", cite(release, { format: "bibtex" }));
    expect(report).toBe(
      `Bộ Thông tin và Truyền thông. (2023). ${release.title.vi} [${release.title.en}]. ` +
        `Presented at ${EVENT_VI} (${release.event?.name.en}), Hà Nội, online, 6 March 2023; ` +
        `data ${RELEASE_VERSION}, data set ${DATA_VERSION} (vn-digital-indicators ${VERSION}).`,
    );
  });

  it("bibtex: a source address is rendered (url)", (ctx) => {
    needPandoc(ctx);
    const url = "https://example.org/mic-2023-q1";
    const withUrl = { ...release, source: { ...release.source, url } };
    const [report] = renderApa("refs.bibtex", cite(withUrl, { format: "bibtex" }));
    expect(report?.endsWith(` ${url}`)).toBe(true);
  });
});

/** `December 3, 2026`: a day as APA prints it (by Intl, not by the package). */
function apaDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", {
    timeZone: "UTC",
    month: "long",
    day: "numeric",
    year: "numeric",
  });
}

/** The releases cited with no date: no event day, no page date, but an address. */
const undated = releases.filter(
  (r) => r.source.url !== null && (r.event?.date ?? null) === null && r.source.date === null,
);

describe("an undated page is cited with the day it was read (issue 20)", () => {
  it("there are such pages", () => {
    expect(undated.length).toBeGreaterThan(0);
  });

  it.for(BIBLIOGRAPHIES)(
    "$format: every release renders; each undated page as (n.d.) … Retrieved <day>, from <url>",
    ({ format, file }, ctx) => {
      needPandoc(ctx);
      const content =
        format === "csl"
          ? JSON.stringify(releases.map((r) => cite(r, { format: "csl" })))
          : releases.map((r) => cite(r, { format })).join("\n");
      const refs = renderApa(file, content);
      expect(refs).toHaveLength(releases.length);
      for (const r of undated) {
        const [ref, ...more] = refs.filter((x) => x.includes(`${r.id}@${r.version}`));
        expect(more, r.id).toEqual([]);
        expect(ref, r.id).toContain("(n.d.)");
        expect(
          ref?.endsWith(`Retrieved ${apaDay(r.source.accessed)}, from ${r.source.url}`),
          `${r.id}: ${ref}`,
        ).toBe(true);
      }
      // no "n.d." without the day it was retrieved
      for (const ref of refs.filter((x) => x.includes("(n.d.)"))) {
        expect(ref).toMatch(/Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from https?:\/\//);
      }
    },
  );

  it("the package's own APA line says the same as citeproc", () => {
    for (const r of undated) {
      const text = cite(r, { format: "text" });
      expect(text).toContain("(n.d.).");
      expect(text).toContain(`Retrieved ${apaDay(r.source.accessed)}, from ${r.source.url}.`);
    }
  });
});

// Citation.js is CommonJS without types: load it through require.
const require = createRequire(import.meta.url);

describe("CITATION.cff", () => {
  const text = readFileSync(join(root, "CITATION.cff"), "utf8");

  /** A CSL-JSON item as Citation.js gives it: its own keys (`_graph` …) beside CSL's. */
  type CitationJsItem = CslItem & Record<string, unknown>;

  function readCff(): CitationJsItem[] {
    const { Cite } = require("@citation-js/core") as {
      Cite: new (data: string) => { data: CitationJsItem[] };
    };
    require("@citation-js/plugin-cff");
    return new Cite(text).data;
  }

  it("is CFF 1.2.0 and read by Citation.js's CFF plugin: the package, the report as preferred citation, each public page as a reference", () => {
    expect(text).toMatch(/^cff-version: 1\.2\.0$/m);
    const items = readCff();
    const pages = releases.filter((r) => !r.source.quotes && r.source.url !== null);
    expect(items).toHaveLength(2 + pages.length);
    const [software, report, ...references] = items;
    expect(references.map((r) => r.URL)).toEqual(pages.map((p) => p.source.url));
    for (const [i, r] of references.entries()) {
      expect(r.title).toBe(pages[i]?.title.vi);
      // Citation.js reads CFF's `webpage` as a CSL `document`
      expect(["webpage", "document"]).toContain(r.type);
    }
    expect(software).toMatchObject({
      type: "software",
      title: "vn-digital-indicators",
      version: VERSION,
      _cff_mainReference: true,
    });
    expect(report).toMatchObject({
      type: "report",
      title: release.title.vi,
      author: [{ literal: release.publisher?.name.vi }],
      publisher: release.publisher?.name.vi,
      "event-title": release.event?.name.vi,
      "event-date": {
        "date-parts": [
          [2023, 3, 6],
          [2023, 3, 6],
        ],
      },
      issued: { "date-parts": [[2023, 3]] },
      language: "vi",
      version: RELEASE_VERSION,
    });
    expect(report?.note).toContain(release.title.en);
    expect(report?.note).toContain(
      `vn-digital-indicators ${VERSION}, ${RELEASE_VERSION}, data ${DATA_VERSION}`,
    );
  });

  it("its preferred citation renders in APA (pandoc) with the report, event, date and data version", (ctx) => {
    needPandoc(ctx);
    const report = readCff()[1];
    expect(report).toBeDefined();
    const { _graph, ...item } = report as CitationJsItem;
    const [reference, ...rest] = renderApa("cff.json", JSON.stringify([{ ...item, id: "cff" }]));
    expect(rest).toEqual([]);
    expectNamesReportEventDateVersion(reference ?? "");
  });
});
