import { describe, expect, it } from "vitest";
import { _COLUMNS, _NAME, _SHORT_USAGE, _USAGE } from "../../src/cli/_args.js";
import { _COMMAND_NAMES, _run } from "../../src/cli/_run.js";
import { _table } from "../../src/cli/_table.js";
import {
  conflicts,
  getIndicator,
  indicators,
  latest,
  observations,
  periodEnd,
  releases,
  type SeriesPoint,
  series,
  vintages,
} from "../../src/index.js";

/*
 * Issue 20, the command line: `indicators`, `series --known-at`, `vintages`,
 * suggestions across kinds and for commands and options, a help that
 * describes what exists, and views in plain English and Vietnamese.
 */

const tty = { isTTY: true, columns: 100 } as const;
const wide = { isTTY: true } as const;
const pipe = { isTTY: false } as const;

type IndicatorId = Parameters<typeof series>[0];

/** The rows of a TSV output as objects, by its header row. */
function tsv(text: string): Record<string, string>[] {
  const [head = "", ...lines] = text.trimEnd().split("\n");
  const names = head.split("\t");
  return lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [names[i], v])));
}

/** The header row of a TSV output. */
function header(text: string): string[] {
  return (text.split("\n")[0] ?? "").split("\t");
}

/** A run that must be a usage error: exit 2, nothing on stdout; its message. */
function usage(args: string[]): string {
  const r = _run(args, pipe);
  expect(r.code, args.join(" ")).toBe(2);
  expect(r.stdout, args.join(" ")).toBe("");
  expect(r.stderr.endsWith(_SHORT_USAGE), args.join(" ")).toBe(true);
  return r.stderr.split("\n")[0] ?? "";
}

/** The indicators whose figures are all about the nation (series(id) needs no area). */
const national = indicators.filter((i) =>
  observations.every((o) => o.indicator !== i.id || o.area === null),
);

describe("indicators: every indicator with its number of points", () => {
  it("into a pipe: id, points, unit, name; one row per indicator, points = the series' length", () => {
    const out = _run(["indicators"], pipe);
    expect(out.code).toBe(0);
    expect(header(out.stdout)).toEqual([..._COLUMNS.indicators]);
    const rows = tsv(out.stdout);
    expect(rows.map((r) => r.id)).toEqual(indicators.map((i) => i.id));
    for (const i of national) {
      const row = rows.find((r) => r.id === i.id);
      expect(row, i.id).toEqual({
        id: i.id,
        points: String(series(i.id as IndicatorId).length),
        unit: i.unit,
        name: i.name.en,
      });
    }
    expect(rows.find((r) => r.id === "community-tech-teams")?.points).toBe(
      String(series("community-tech-teams").length),
    );
    // --lang vi: the Vietnamese names
    const vi = tsv(_run(["indicators", "--lang", "vi"], pipe).stdout);
    expect(vi.map((r) => r.name)).toEqual(indicators.map((i) => i.name.vi));
  });

  it("in a terminal: the count, the name and the id of each, and where to go next", () => {
    const out = _run(["indicators"], wide).stdout;
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^points {2}indicator; its id$/);
    const teams = lines.findIndex((l) => l.endsWith("  Community digital technology teams"));
    expect(lines[teams]).toMatch(new RegExp(`^${series("community-tech-teams").length} +`));
    expect(lines[teams + 1]?.trim()).toBe("community-tech-teams");
    expect(out).toContain(`${indicators.length} indicators. "points": the figures of its series`);
    expect(out).toContain(`${_NAME} series <indicator>`);
    const vi = _run(["indicators", "--lang", "vi"], wide).stdout;
    expect(vi.split("\n")[0]).toMatch(/^số điểm {2}chỉ tiêu; mã$/);
    expect(vi).toContain(getIndicator("community-tech-teams").name.vi);
    for (const line of _run(["indicators"], tty).stdout.split("\n")) {
      expect([...line].length).toBeLessThanOrEqual(100);
    }
  });

  it("takes no argument and no option but --lang", () => {
    expect(usage(["indicators", "x"])).toContain('unexpected argument "x" for indicators');
    expect(usage(["indicators", "--release", "mic-2023-q1"])).toBe(
      `${_NAME}: option --release is not used by indicators (it is used by list, export)`,
    );
  });
});

describe("series <indicator> --known-at <day>: the series as it was known that day", () => {
  it("into a pipe: the rows of series(id, { knownAt })", () => {
    for (const knownAt of ["2022-06-01", "2023-06-30", "2023-09-15", "2030-01-01"] as const) {
      const rows = tsv(
        _run(["series", "community-tech-teams", "--known-at", knownAt], pipe).stdout,
      );
      const points = series("community-tech-teams", { knownAt });
      expect(
        rows.map((r) => [r.as_of, r.id, r.publications]),
        knownAt,
      ).toEqual(points.map((p) => [p.asOf, p.observation.id, String(p.publications.length)]));
    }
    // known today: the series itself
    expect(_run(["series", "community-tech-teams", "--known-at=2999-12-31"], pipe).stdout).toBe(
      _run(["series", "community-tech-teams"], pipe).stdout,
    );
    // before anything was public: the header only
    expect(_run(["series", "community-tech-teams", "--known-at", "2000-01-01"], pipe).stdout).toBe(
      `${_COLUMNS.series.join("\t")}\n`,
    );
  });

  it("in a terminal: the day, in words, above the table", () => {
    const out = _run(["series", "community-tech-teams", "--known-at", "2023-06-30"], tty).stdout;
    expect(out).toContain("As known on 30 June 2023: only what was made public by that day.");
    expect(out).toContain(
      `${series("community-tech-teams", { knownAt: "2023-06-30" }).length} figures`,
    );
    const vi = _run(
      ["series", "community-tech-teams", "--known-at", "2023-06-30", "--lang", "vi"],
      tty,
    ).stdout;
    expect(vi).toContain("Như được biết vào ngày 30/6/2023");
  });

  it("a day that is not a calendar day is a usage error", () => {
    for (const day of ["2024-02-30", "2024-02", "yesterday"]) {
      expect(usage(["series", "community-tech-teams", "--known-at", day])).toBe(
        `${_NAME}: invalid day "${day}" for --known-at: use a calendar day such as 2024-02-01`,
      );
    }
    expect(usage(["list", "--known-at", "2024-01-01"])).toBe(
      `${_NAME}: option --known-at is not used by list (it is used by series, vintages)`,
    );
  });

  it("in a terminal: the publications of a figure printed more than once, and a revision", () => {
    const out = _run(["series", "community-tech-teams"], wide).stdout;
    const twice = series("community-tech-teams").find((p) => p.publications.length > 1);
    expect(twice).toBeDefined();
    expect(out).toContain(`printed ${twice?.publications.length} times`);
    expect(out).toContain(`${_NAME} vintages community-tech-teams`);
  });
});

describe("vintages <indicator>: one row per publication", () => {
  it("into a pipe: every publication of every figure, as vintages(id) gives them", () => {
    for (const i of national) {
      const out = _run(["vintages", i.id], pipe);
      expect(out.code, i.id).toBe(0);
      expect(header(out.stdout)).toEqual([..._COLUMNS.vintages]);
      const rows = tsv(out.stdout);
      const expected = vintages(i.id as IndicatorId);
      expect(
        rows.map((r) => [
          r.figure,
          r.release,
          r.known_from,
          r.vintage,
          r.role,
          r.is_latest_vintage,
        ]),
        i.id,
      ).toEqual(
        expected.map((v) => [
          v.figure,
          v.release.id,
          v.knownFrom,
          String(v.vintage),
          v.role,
          String(v.isLatestVintage),
        ]),
      );
      // one latest row per point of the series
      expect(rows.filter((r) => r.is_latest_vintage === "true").length).toBe(
        series(i.id as IndicatorId).length,
      );
    }
  });

  it("--as-of: one figure's publications, exactly", () => {
    expect(_run(["vintages", "community-tech-teams", "--as-of", "2023-09-04"], pipe).stdout).toBe(
      [
        _COLUMNS.vintages.join("\t"),
        "community-tech-teams@2023-09-04\t2023-09-04\t76.905\tcafef-2023-09\t2023-09-12\t1\tfirst\tnormal\tfalse\tcommunity-tech-teams-2023-09-04",
        "community-tech-teams@2023-09-04\t2023-09-04\t76.905\tgiaoduc-2023-09-20\t2023-09-20\t2\trelay\tnormal\ttrue\tcommunity-tech-teams-2023-09",
        "",
      ].join("\n"),
    );
  });

  it("in a terminal: the columns in words, in English and in Vietnamese", () => {
    const out = _run(["vintages", "community-tech-teams", "--as-of", "2023-09-04"], tty).stdout;
    expect(out).toMatch(
      /as of\s+published\s+release\s+known from\s+vintage\s+role\s+latest\n4 September 2023\s+76\.905\s+cafef-2023-09\s+2023-09-12\s+1\s+first\s+no\n4 September 2023\s+76\.905\s+giaoduc-2023-09-20\s+2023-09-20\s+2\s+relay\s+yes\n/,
    );
    expect(out).toContain("2 publications of 1 figure.");
    const vi = _run(
      ["vintages", "community-tech-teams", "--as-of", "2023-09-04", "--lang", "vi"],
      tty,
    ).stdout;
    expect(vi).toMatch(
      /ngày số liệu\s+số công bố\s+nguồn\s+biết từ ngày\s+đợt\s+vai trò\s+mới nhất/,
    );
    expect(vi).toMatch(
      /4\/9\/2023\s+76\.905\s+giaoduc-2023-09-20\s+2023-09-20\s+2\s+đăng lại\s+có/,
    );
  });

  it("a figure with none: a line that says so; a bad period: a usage error", () => {
    expect(_run(["vintages", "community-tech-teams", "--as-of", "2019"], tty).stdout).toContain(
      "No publication of a figure as of 2019.",
    );
    expect(_run(["vintages", "community-tech-teams", "--as-of", "2019"], pipe).stdout).toBe(
      `${_COLUMNS.vintages.join("\t")}\n`,
    );
    expect(usage(["vintages", "community-tech-teams", "--as-of", "2023-Q5"])).toBe(
      `${_NAME}: invalid date or period "2023-Q5" for --as-of: use one such as 2023-09-04, 2024-09, 2022-Q3 or 2023`,
    );
    expect(usage(["series", "community-tech-teams", "--as-of", "2023"])).toBe(
      `${_NAME}: option --as-of is not used by series (it is used by vintages)`,
    );
    expect(usage(["vintages"])).toContain("vintages needs an indicator id");
  });
});

describe("suggestions across kinds (issue 20)", () => {
  it("show ndxp-transactions-quart: did you mean the indicator ndxp-transactions-quarter?, besides figures", () => {
    const message = usage(["show", "ndxp-transactions-quart"]);
    expect(message).toContain(
      `unknown id "ndxp-transactions-quart". Did you mean the indicator "ndxp-transactions-quarter"?`,
    );
    expect(message).toMatch(/Also close: .*the figure "ndxp-transactions-/);
    expect(message).toContain(`\`${_NAME} indicators\` for the indicators.`);
  });

  it("show: a figure, a release and a conflict one or two edits away, each named by its kind", () => {
    expect(usage(["show", "community-tech-team"])).toContain(
      'Did you mean the figure and indicator "community-tech-teams"?',
    );
    expect(usage(["show", "vov-2042-09"])).toContain('Did you mean the release "vov-2024-09"?');
    expect(usage(["show", "ndxp-partial-quarter"])).toContain(
      'Did you mean the conflict "ndxp-partial-quarters"?',
    );
    expect(usage(["cite", "fully-online-services-shar"])).toContain(
      'Did you mean the figure and indicator "fully-online-services-share"?',
    );
  });

  it("series and vintages of a figure id: its indicator", () => {
    for (const command of ["series", "vintages"]) {
      expect(usage([command, "ndxp-transactions-2023-q1"])).toBe(
        `${_NAME}: "ndxp-transactions-2023-q1" is a figure, not an indicator. Did you mean its indicator "ndxp-transactions-quarter"? (${_NAME} ${command} ndxp-transactions-quarter)`,
      );
    }
    expect(usage(["series", "ndxp-transactions-2023-q"])).toContain(
      '"ndxp-transactions-quarter" (the indicator of the figure "ndxp-transactions-2023-q1")',
    );
    expect(usage(["series", "community-tech-team"])).toContain(
      'unknown indicator "community-tech-team". Did you mean "community-tech-teams"',
    );
    expect(usage(["series", "mic-2023-q1"])).toBe(
      `${_NAME}: "mic-2023-q1" is a release, not an indicator: its figures are listed by ${_NAME} list --release mic-2023-q1`,
    );
  });

  it("a release one or two edits away, for list and export", () => {
    expect(usage(["list", "--release", "mic-2023-q2"])).toContain('Did you mean "mic-2023-q1"?');
    expect(usage(["export", "--release", "cafef-2023-9"])).toContain(
      'unknown release "cafef-2023-9". Did you mean "cafef-2023-09"? Releases: ',
    );
  });

  it("a command, an option or a format one or two edits away", () => {
    const cases: [string[], string][] = [
      [["seris", "x"], 'unknown command "seris". Did you mean "series"?'],
      [["indicator"], 'unknown command "indicator". Did you mean "indicators"?'],
      [["vintage", "x"], 'unknown command "vintage". Did you mean "vintages"?'],
      [["lsit"], 'unknown command "lsit". Did you mean "list"?'],
      [["list", "--relase", "x"], 'unknown option "--relase". Did you mean "--release"?'],
      [
        ["series", "x", "--knownat=2024-01-01"],
        'unknown option "--knownat=2024-01-01". Did you mean "--known-at"?',
      ],
      [["vintages", "x", "--as_of", "2023"], 'unknown option "--as_of". Did you mean "--as-of"?'],
      [["export", "--fromat", "csv"], 'unknown option "--fromat". Did you mean "--format"?'],
      [["-help"], 'unknown option "-help"'],
      [["--hlep"], 'unknown option "--hlep". Did you mean "--help"?'],
      [
        ["export", "--format", "cvs"],
        'unknown format "cvs" for export: use csv, json, ndjson, md. Did you mean "csv"?',
      ],
      [
        ["cite", "mic-2023-q1", "--format", "bibtext"],
        'unknown format "bibtext" for cite: use text, bibtex, biblatex, csl. Did you mean "bibtex"?',
      ],
    ];
    for (const [args, message] of cases) expect(usage(args)).toBe(`${_NAME}: ${message}`);
    // nothing close: no guess
    expect(usage(["frobnicate"])).toBe(`${_NAME}: unknown command "frobnicate"`);
    expect(usage(["-x"])).toBe(`${_NAME}: unknown option "-x"`);
  });
});

describe("show of a conflict", () => {
  const conflict = conflicts.find((c) => c.id === "ndxp-partial-quarters");

  it("into a pipe: the record; in a terminal: its kind, what disagrees, figures and releases", () => {
    expect(conflict).toBeDefined();
    if (conflict === undefined) return;
    expect(JSON.parse(_run(["show", conflict.id], pipe).stdout)).toEqual(
      JSON.parse(JSON.stringify(conflict)),
    );
    const out = _run(["show", conflict.id], wide).stdout;
    expect(out).toContain(`id              ${conflict.id}\n`);
    expect(out).toContain(
      "kind            figures that look comparable but are not (comparability)\n",
    );
    expect(out).toContain(`what disagrees  ${conflict.description.en}\n`);
    expect(out).toContain(`figures         ${conflict.observations.join(", ")}\n`);
    expect(out).toContain(`releases        ${conflict.releases.join(", ")}\n`);
    const vi = _run(["show", conflict.id, "--lang", "vi"], wide).stdout;
    expect(vi).toContain(`điểm vênh  ${conflict.description.vi}\n`);
    expect(usage(["cite", conflict.id])).toContain(`"${conflict.id}" is a conflict`);
  });
});

describe("--help describes what exists", () => {
  it("every command, in the usage lines and in the short usage", () => {
    for (const command of _COMMAND_NAMES) {
      expect(_USAGE, command).toMatch(new RegExp(`^ {2}${_NAME} \\[?${command}\\b`, "m"));
      expect(_SHORT_USAGE, command).toContain(command);
    }
    const described = [..._USAGE.matchAll(new RegExp(`^ {2}${_NAME} \\[?([a-z]+)`, "gm"))].map(
      (m) => m[1],
    );
    expect(described).toEqual([..._COMMAND_NAMES]);
  });

  it("every option, and no other", () => {
    const options = [..._USAGE.matchAll(/^ {2}(?:-[a-z], )?(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(options).toEqual([
      "--release",
      "--format",
      "--known-at",
      "--as-of",
      "--indicator",
      "--lang",
      "--help",
      "--version",
    ]);
    for (const option of options) {
      // each is read: not an unknown option
      expect(_run([option ?? ""], pipe).stderr).not.toContain("unknown option");
    }
  });

  it("the columns it names are the columns each command prints into a pipe", () => {
    const listed = (command: keyof typeof _COLUMNS): string[] => {
      const at = _USAGE.indexOf(`\n  ${command.padEnd(12)}`);
      const text = _USAGE.slice(at + 15).split(/\n {2}[a-z]+ {2,}|\nand show/)[0] ?? "";
      return text.split(/,\s*/).map((s) => s.trim());
    };
    const runs: Record<keyof typeof _COLUMNS, string[]> = {
      list: ["list"],
      now: ["now"],
      indicators: ["indicators"],
      series: ["series", "community-tech-teams"],
      vintages: ["vintages", "community-tech-teams"],
    };
    for (const [command, args] of Object.entries(runs) as [keyof typeof _COLUMNS, string[]][]) {
      const printed = header(_run(args, pipe).stdout);
      expect(printed, command).toEqual([..._COLUMNS[command]]);
      expect(listed(command), command).toEqual(printed);
    }
    // the column of 0.2.0 that no longer exists is not named
    expect(_USAGE).not.toMatch(/\bestimate\b/);
    expect(_USAGE).toContain("status");
  });

  it("every usage line fits 80 columns but the commands' own (which are wrapped by the terminal)", () => {
    for (const line of _USAGE.split("\n")) {
      if (line.startsWith(`  ${_NAME} `)) continue;
      expect([...line].length, line).toBeLessThanOrEqual(80);
    }
  });
});

describe("plain English and Vietnamese (issue 20)", () => {
  it("the indicator view says whether it can fall, plainly: no 'cannot fall  no'", () => {
    for (const i of indicators) {
      const en = _run(["show", i.id, "--indicator"], wide).stdout;
      const vi = _run(["show", i.id, "--indicator", "--lang", "vi"], wide).stdout;
      expect(en).not.toMatch(/cannot/);
      expect(en, i.id).toMatch(
        i.nonDecreasing ? /^can fall\s+no: by its definition it only grows$/m : /^can fall\s+yes$/m,
      );
      expect(vi, i.id).toMatch(
        i.nonDecreasing
          ? /^có thể giảm\s+không: theo định nghĩa chỉ tăng$/m
          : /^có thể giảm\s+có$/m,
      );
    }
    expect(indicators.some((i) => i.nonDecreasing)).toBe(true);
    expect(indicators.some((i) => !i.nonDecreasing)).toBe(true);
  });

  it("no double negative in any view, in either language", () => {
    const outputs: string[] = [];
    for (const lang of ["en", "vi"]) {
      outputs.push(_run(["list", "--lang", lang], wide).stdout);
      outputs.push(_run(["indicators", "--lang", lang], wide).stdout);
      for (const i of national.slice(0, 8)) {
        outputs.push(_run(["series", i.id, "--lang", lang], wide).stdout);
        outputs.push(_run(["vintages", i.id, "--lang", lang], wide).stdout);
        outputs.push(_run(["show", i.id, "--indicator", "--lang", lang], wide).stdout);
      }
      for (const r of releases) outputs.push(_run(["show", r.id, "--lang", lang], wide).stdout);
      for (const c of conflicts) outputs.push(_run(["show", c.id, "--lang", lang], wide).stdout);
      for (const o of observations.slice(0, 20)) {
        outputs.push(_run(["show", o.id, "--lang", lang], wide).stdout);
      }
    }
    for (const out of outputs) {
      for (const line of out.split("\n")) {
        // a label that negates, followed by a "no" (cannot … no, not … no, không … không)
        expect(line).not.toMatch(/\b(cannot|not|never|no)\b\S*\s{2,}(no|not|none)\b/i);
        expect(line).not.toMatch(/^không\S*(\s\S+)*\s{2,}không\b/);
      }
    }
  });

  it("--lang vi: the views' labels are Vietnamese", () => {
    const english =
      /^(id|figure|published|qualifier|value|bounds|period|indicator|term|note|source|data|cite|title|publisher|printed by|address|made public|read on|figures|kind|field|releases|measures|unit|subject|terms|can fall|points|series) /m;
    for (const args of [
      ["show", "ndxp-transactions-2023-q1"],
      ["show", "provinces-dx-resolution"],
      ["show", "mic-2023-q1"],
      ["show", "vov-2024-09"],
      ["show", "ndxp-transactions-quarter", "--indicator"],
      ["show", "ndxp-partial-quarters"],
    ]) {
      const en = _run(args, wide).stdout;
      const vi = _run([...args, "--lang", "vi"], wide).stdout;
      expect(en, args.join(" ")).toMatch(english);
      expect(vi, args.join(" ")).not.toMatch(english);
    }
    const figure = _run(["show", "ndxp-transactions-2023-q1", "--lang", "vi"], wide).stdout;
    expect(figure).toMatch(/^số công bố\s+hơn 111 triệu$/m);
    expect(figure).toMatch(/^từ đi kèm số\s+hơn \(gt\)$/m);
    expect(figure).toMatch(
      /^kỳ\s+2023-Q1 \(tính trong kỳ\), số liệu ngày 2023-03-06 \(ngày sự kiện\)$/m,
    );
    const report = _run(["show", "mic-2023-q1", "--lang", "vi"], wide).stdout;
    expect(report).toMatch(/^công bố ngày\s+2023-03-06 \(ngày sự kiện\)$/m);
  });

  it("the release view says when its figures were made public and when the page was read", () => {
    const vov = releases.find((r) => r.id === "vov-2024-09");
    const out = _run(["show", "vov-2024-09"], wide).stdout;
    expect(out).toMatch(
      /^made public\s+no date could be read: counted as public from the day read$/m,
    );
    expect(out).toMatch(new RegExp(`^read on\\s+${vov?.source.accessed}$`, "m"));
  });
});

describe("tables in a terminal", () => {
  it("a note indented under a cell keeps its indent when wrapped", () => {
    const rows = [
      ["as of", "notes"],
      ["2023", "release-id\n  conflict: a-rather-long-conflict-id and more words"],
    ];
    expect(_table(rows, 34)).toBe(
      [
        "as of  notes",
        "2023   release-id",
        "         conflict:",
        "         a-rather-long-conflict-id",
        "         and more words",
      ].join("\n"),
    );
  });
});

describe("now: where each indicator stands now (what npm start prints)", () => {
  it("one row per indicator about the nation, its newest figure as latest() gives it, newest first", () => {
    const rows = _run(["now"], pipe)
      .stdout.trimEnd()
      .split("\n")
      .slice(1)
      .map((l) => l.split("\t"));
    const national = indicators.filter((i) => {
      try {
        return latest(i.id as never) !== undefined;
      } catch {
        return false;
      }
    });
    expect(rows.map((r) => r[0]).sort()).toEqual(national.map((i) => i.id).sort());
    for (const [id, asOf, published, comparator, , status, publisher, release] of rows) {
      const p = latest(id as "community-tech-teams") as SeriesPoint | undefined;
      expect([asOf, published, comparator, status, publisher, release], id).toEqual([
        p?.asOf,
        p?.observation.published,
        p?.observation.comparator,
        p?.status,
        p?.release.publisher?.id ?? "",
        p?.release.id,
      ]);
    }
    const ends = rows.map((r) => periodEnd(r[1] ?? ""));
    expect(ends).toEqual([...ends].sort().reverse());
    // the newest first: the online dossiers share of 26 November 2025, MOST's
    expect(rows.find((r) => r[0] === "fully-online-dossiers-share")?.slice(1, 3)).toEqual([
      "2025-11-26",
      "51,7%",
    ]);
    // an indicator about provinces only has no national row
    expect(rows.some((r) => r[0] === "dti-province")).toBe(false);
  });

  it("to a terminal: the figure read in English, its status and whose figure it is", () => {
    const out = _run(["now"], { isTTY: true, columns: 120 }).stdout;
    expect(out).toContain("14,02%");
    expect(out).toMatch(/an estimate · NSO · thoibaotaichinh-2026-01-05/);
    expect(out).toMatch(/not named \(vov\.vn\) · vov-2024-09/);
    const vi = _run(["now", "--lang", "vi"], { isTTY: true, columns: 120 }).stdout;
    expect(vi).toMatch(/ước tính · NSO/);
    expect(vi).toMatch(/không nêu \(vov\.vn\)/);
  });
});
