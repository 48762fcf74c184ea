import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { _SHORT_USAGE, _USAGE } from "../../src/cli/_args.js";
import { _run } from "../../src/cli/_run.js";
import {
  observations as allObservations,
  cite,
  conflicts,
  DATA_VERSION,
  getObservation,
  mic2023Q1,
  releases,
  toCsv,
  toJson,
  toMarkdown,
  toNdjson,
  VERSION,
} from "../../src/index.js";
import { reportObservations as observations } from "../_report.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "cli.js");
/**
 * What `export` prints as CSV: every release's rows with the conflicts, made
 * by the package's builders; the same bytes as the shipped
 * data/exports/observations.csv (checked below).
 */
const exportedCsv = toCsv(allObservations, { releases, conflicts });
const tty = { isTTY: true, columns: 100 } as const;
const pipe = { isTTY: false } as const;

function node(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
}

describe("the command line, for a person (a terminal)", () => {
  it("list prints every figure with its qualifier (read in English), period, name and id", () => {
    const { stdout, code } = _run(["list"], tty);
    expect(code).toBe(0);
    for (const o of observations) {
      expect(stdout).toContain(o.id);
      expect(stdout).toContain(o.published);
    }
    expect(stdout).toMatch(
      /hơn 111 triệu\s+more than 111 million\s+Transactions through NDXP in Q1 2023\s+ndxp-transactions-2023-q1 · 2023-Q1/,
    );
    expect(stdout).toMatch(
      /tối thiểu 860 triệu\s+at least 860 million\s+2023 target: transactions through NDXP\s+ndxp-transactions-target-2023 · 2023\n/,
    );
    expect(stdout).toMatch(/khoảng 12,95%\s+about 12\.95%/);
    expect(stdout).toContain("stated as current at the conference on 2023-03-06");
    expect(stdout).toContain(DATA_VERSION);
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it("list with no command is the default; --lang vi gives Vietnamese names", () => {
    expect(_run([], tty).stdout).toBe(_run(["list"], tty).stdout);
    expect(_run(["list", "--lang", "vi"], tty).stdout).toContain(
      "Số giao dịch qua NDXP trong quý 1/2023",
    );
    expect(_run(["--lang=vi"], tty).stdout).toContain("Số giao dịch qua NDXP trong quý 1/2023");
  });

  it("show prints one figure in full, or the release", () => {
    const { stdout } = _run(["show", "provinces-dx-resolution"], tty);
    expect(stdout).toMatch(/published\s+62\/63/);
    expect(stdout).toMatch(/part of whole\s+62 of 63 \(provinces-2023\)/);
    expect(stdout).toMatch(/missing\s+54: còn tỉnh Phú Yên/);
    expect(stdout).toMatch(/bounds\s+\[61\.5, 62\.5\)/);
    expect(_run(["show", "ndxp-transactions-2023-q1"], tty).stdout).toMatch(
      /bounds\s+\(111000000, ∞\)/,
    );
    const rel = _run(["show", "mic-2023-q1"], tty).stdout;
    expect(rel).toMatch(
      /event\s+Online state-management briefing conference for Q1\/2023, 2023-03-06/,
    );
    expect(rel).toContain("Ministry of Science and Technology");
  });

  it("--help and --version", () => {
    expect(_run(["--help"], tty).stdout).toBe(_USAGE);
    expect(_USAGE).toContain("To a pipe or a file, the first five print tab-separated\nvalues");
    expect(_run(["-v"], pipe).stdout).toBe(`${VERSION} (data ${DATA_VERSION})\n`);
  });
});

describe("the command line, into a pipe (machine-readable)", () => {
  it("list prints tab-separated values with a header row", () => {
    const lines = _run(["list"], pipe).stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("id\tpublished\tcomparator\tvalue\tunit\tperiod\tas_of\tname");
    expect(lines).toHaveLength(24);
    expect(lines.find((l) => l.startsWith("ndxp-transactions-2023-q1\t"))).toBe(
      "ndxp-transactions-2023-q1\thơn 111 triệu\tgt\t111000000\ttransaction\t2023-Q1\t2023-03-06\tTransactions through NDXP in Q1 2023",
    );
  });

  it("show prints the record as JSON", () => {
    const o = JSON.parse(_run(["show", "fully-online-services-share"], pipe).stdout);
    expect(o).toEqual(JSON.parse(JSON.stringify(observations[0])));
    expect(JSON.parse(_run(["show", "mic-2023-q1"], pipe).stdout).id).toBe("mic-2023-q1");
  });

  it("export prints the formats of the builders; CSV byte for byte", () => {
    const all = { releases, conflicts };
    expect(_run(["export"], pipe).stdout).toBe(exportedCsv);
    expect(_run(["export", "--format", "csv"], tty).stdout).toBe(exportedCsv);
    expect(_run(["export", "--format=json"], pipe).stdout).toBe(toJson(allObservations, all));
    expect(_run(["export", "--format", "ndjson"], pipe).stdout).toBe(
      toNdjson(allObservations, all),
    );
    const md = _run(["export", "--format", "md", "--lang", "vi"], pipe).stdout;
    expect(md).toContain("| Chỉ tiêu |");
    expect(md).toBe(
      releases
        .map((release) =>
          toMarkdown(
            allObservations.filter((o) => o.release === release.id),
            { release, lang: "vi" },
          ),
        )
        .join("\n"),
    );
  });

  it("export without --release is the shipped data/exports files byte for byte", () => {
    for (const [format, file] of [
      ["csv", "observations.csv"],
      ["json", "observations.json"],
      ["ndjson", "observations.ndjson"],
    ] as const) {
      expect(_run(["export", "--format", format], pipe).stdout, file).toBe(
        readFileSync(join(root, "data", "exports", file), "utf8"),
      );
    }
    expect(exportedCsv.trimEnd().split("\r\n")).toHaveLength(allObservations.length + 1);
  });

  it("export --release prints one release's rows", () => {
    const report = _run(["export", "--release", "mic-2023-q1"], pipe).stdout;
    expect(report).toBe(toCsv(observations, { release: mic2023Q1 }));
    expect(report.trimEnd().split("\r\n")).toHaveLength(observations.length + 1);
    const vov = releases.find((r) => r.id === "vov-2024-09");
    expect(vov).toBeDefined();
    if (vov === undefined) return;
    const rows = allObservations.filter((o) => o.release === vov.id);
    expect(_run(["export", "--release", vov.id, "--format", "json"], pipe).stdout).toBe(
      toJson(rows, { release: vov }),
    );
    expect(_run(["export", "--release", vov.id, "--format", "md"], pipe).stdout).toBe(
      toMarkdown(rows, { release: vov }),
    );
    const r = _run(["export", "--release", "mic-2023"], pipe);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown release "mic-2023"/);
  });

  it("cite prints text, BibTeX, BibLaTeX or a CSL-JSON array", () => {
    expect(_run(["cite", "mic-2023-q1"], pipe).stdout).toBe(
      `${cite(mic2023Q1, { format: "text" })}\n`,
    );
    const onetouch = getObservation("onetouch-visits");
    expect(_run(["cite", "onetouch-visits", "--format", "bibtex"], pipe).stdout).toBe(
      cite(onetouch, { format: "bibtex", release: mic2023Q1 }),
    );
    expect(_run(["cite", "onetouch-visits", "--format", "biblatex"], pipe).stdout).toBe(
      cite(onetouch, { format: "biblatex", release: mic2023Q1 }),
    );
    expect(_run(["cite", "mic-2023-q1", "--format", "biblatex"], pipe).stdout).toMatch(
      /^@report\{mic-2023-q1,/,
    );
    const csl = JSON.parse(_run(["cite", "onetouch-visits", "--format", "csl"], pipe).stdout);
    expect(csl).toHaveLength(1);
    expect(csl[0].id).toBe("mic-2023-q1:onetouch-visits");
  });
});

describe("the arguments (node:util parseArgs, one table of options)", () => {
  const usage = (args: string[], message: RegExp) => {
    const r = _run(args, pipe);
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.stdout, args.join(" ")).toBe("");
    expect(r.stderr, args.join(" ")).toMatch(message);
  };

  it("an option's value follows it or is joined with =, and the last one given counts", () => {
    const json = toJson(allObservations, { releases, conflicts });
    expect(_run(["export", "--format", "json"], pipe).stdout).toBe(json);
    expect(_run(["export", "--format=json"], pipe).stdout).toBe(json);
    expect(_run(["--format=json", "export"], pipe).stdout).toBe(json);
    expect(_run(["export", "--format", "csv", "--format", "json"], pipe).stdout).toBe(json);
    expect(_run(["--lang", "vi", "list"], pipe).stdout).toBe(
      _run(["list", "--lang=vi"], pipe).stdout,
    );
  });

  it("an option missing its value is a usage error: at the end, empty, or followed by another option", () => {
    usage(["export", "--format"], /option --format needs a value/);
    usage(["export", "--format="], /option --format needs a value/);
    usage(["list", "--lang"], /option --lang needs a value/);
    usage(["list", "--lang="], /option --lang needs a value/);
    usage(["export", "--format", "--lang", "vi"], /option --format needs a value/);
    usage(["export", "--format", "-"], /option --format needs a value/);
    // joined with =, a value may start with a dash (and is then checked as a format)
    usage(["export", "--format=-x"], /unknown format "-x" for export/);
  });

  it("flags take no value and are not grouped; -h and -v are the short forms", () => {
    expect(_run(["-h"], pipe).stdout).toBe(_USAGE);
    expect(_run(["show", "--help"], pipe).stdout).toBe(_USAGE);
    expect(_run(["--version"], pipe).stdout).toBe(`${VERSION} (data ${DATA_VERSION})\n`);
    usage(["--help=1"], /unknown option "--help=1"/);
    usage(["-hv"], /unknown option "-hv"/);
    usage(["-x"], /unknown option "-x"/);
    usage(["--bogus=1"], /unknown option "--bogus=1"/);
  });

  it("-- ends the options: what follows is an argument, even when it starts with a dash", () => {
    usage(["show", "--", "--help"], /unknown id "--help"/);
    expect(_run(["--", "list"], pipe).stdout).toBe(_run(["list"], pipe).stdout);
    usage(["list", "--", "-"], /unexpected argument "-" for list/);
  });

  it("the first problem, left to right, is the one reported", () => {
    usage(["--bogus", "--format"], /unknown option "--bogus"/);
    usage(["--lang", "fr", "--bogus"], /unknown option "--bogus"/);
    usage(["--lang", "fr", "frobnicate"], /unknown language "fr"/);
  });
});

describe("the built command line (dist/cli.js)", () => {
  it("runs the commands of 0.3.0: indicators, vintages, series --known-at", () => {
    for (const args of [
      ["indicators"],
      ["vintages", "community-tech-teams"],
      ["series", "community-tech-teams", "--known-at", "2023-06-30"],
    ]) {
      const r = node(args);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stderr, args.join(" ")).toBe("");
      expect(r.stdout, args.join(" ")).toBe(_run(args, pipe).stdout);
    }
  });

  it("has a shebang and prints the builders' CSV byte for byte", () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const r = node(["export", "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(exportedCsv);
  });

  const errors: [string[], RegExp][] = [
    [["frobnicate"], /unknown command "frobnicate"/],
    [["seris", "x"], /unknown command "seris"\. Did you mean "series"\?/],
    [
      ["show", "ndxp-transactions-quart"],
      /Did you mean the indicator "ndxp-transactions-quarter"\?/,
    ],
    [
      ["series", "community-tech-teams", "--known-at", "2024-02-30"],
      /invalid day "2024-02-30" for --known-at/,
    ],
    [
      ["show", "fully-online-service-share"],
      /unknown id "fully-online-service-share"\. Did you mean the figure and indicator "fully-online-services-share"\?/,
    ],
    [["cite", "nope"], /unknown id "nope"/],
    [["show"], /show needs an id/],
    [["show", "a", "b"], /unexpected argument "b"/],
    [["list", "--bogus"], /unknown option "--bogus"/],
    [["export", "--format", "xml"], /unknown format "xml" for export: use csv, json, ndjson, md/],
    [["cite", "mic-2023-q1", "--format", "ris"], /unknown format "ris" for cite/],
    [["export", "--format"], /option --format needs a value/],
    [["list", "--format", "csv"], /option --format is not used by list/],
    [["list", "--lang", "fr"], /unknown language "fr"/],
  ];
  for (const [args, message] of errors) {
    it(`${args.join(" ")}: a message on stderr, a usage hint, exit 2, nothing on stdout`, () => {
      const r = node(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/^vn-digital-indicators: /);
      expect(r.stderr).toContain(_SHORT_USAGE);
    });
  }

  // /dev/full (Linux) fails every write with ENOSPC: a real full disk
  it("output that cannot be written (stdout on /dev/full: ENOSPC) is one line on stderr and exit 1, no stack trace (issue 12)", () => {
    for (const args of [["list"], ["export", "--format", "csv"], ["show", "mic-2023-q1"]]) {
      const full = openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [cli, ...args], {
          encoding: "utf8",
          stdio: ["ignore", full, "pipe"],
        });
        expect(r.status, args.join(" ")).toBe(1);
        expect(r.stderr).toMatch(
          /^vn-digital-indicators: cannot write the output: ENOSPC: no space left on device, write\n$/,
        );
      } finally {
        closeSync(full);
      }
    }
  });

  it("stops quietly when the reader closes the pipe early", () => {
    const r = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${cli}" export --format ndjson | head -n 1`],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).id).toBe(allObservations[0]?.id);
    expect(allObservations[0]?.release).toBe(releases[0]?.id);
  });
});
