import { describe, expect, it } from "vitest";
import { _run } from "../../src/cli/_run.js";
import { conflicts, getIndicator, observations, series } from "../../src/index.js";

const tty = { isTTY: true, columns: 100 } as const;
const pipe = { isTTY: false } as const;

/** The rows of a TSV output as objects, by its header row. */
function tsv(text: string): Record<string, string>[] {
  const [head = "", ...lines] = text.trimEnd().split("\n");
  const names = head.split("\t");
  return lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [names[i], v])));
}

describe("vn-digital-indicators series <indicator>", () => {
  it("into a pipe: TSV, one row per figure in as-of order (as-of, printed form, qualifier, value, release)", () => {
    const r = _run(["series", "community-tech-teams"], pipe);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const rows = tsv(r.stdout);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "as_of",
      "published",
      "comparator",
      "value",
      "status",
      "release",
      "publications",
      "revised",
      "conflicts",
      "id",
    ]);
    const points = series("community-tech-teams");
    expect(rows.map((row) => row.id)).toEqual(points.map((p) => p.observation.id));
    expect(rows.find((row) => row.as_of === "2022-08-20")).toEqual({
      as_of: "2022-08-20",
      published: "hơn 42.460",
      comparator: "gt",
      value: "42460",
      status: "normal",
      release: "thoisutoancanh-2022-08",
      publications: "1",
      revised: "false",
      conflicts: "community-tech-teams-2022-08-dates",
      id: "community-tech-teams-2022-08-20",
    });
    // one row per figure, each with the number of its publications
    expect(rows.map((row) => Number(row.publications))).toEqual(
      points.map((p) => p.publications.length),
    );
    expect(rows.map((row) => row.status)).toEqual(points.map((p) => p.status));
    // the check: at least five dated rows from 2022 and 2023
    const dated = rows.filter((row) => /^202[23]-\d{2}-\d{2}$/.test(row.as_of ?? ""));
    expect(dated.length).toBeGreaterThanOrEqual(5);
    expect(new Set(dated.map((row) => row.as_of?.slice(0, 4)))).toEqual(new Set(["2022", "2023"]));
  });

  it("in a terminal: dates in words, the reading, the release and its site, estimates and conflicts", () => {
    const out = _run(["series", "fully-online-services-share"], tty).stdout;
    expect(out).toContain("19 June 2023");
    expect(out).toContain("an estimate");
    expect(out).toContain("more than 84.1%");
    expect(out).toContain("anlao-2023-06 (anlao.anlao.haiphong.gov.vn)");
    expect(out).toContain("Not the same as: level-4-online-services-share");
    const visits = _run(["series", "onetouch-visits", "--lang", "vi"], tty).stdout;
    expect(visits).toContain("onetouch-visits-same-count-two-dates");
    expect(visits).toContain("22/8/2023");
    expect(visits).toContain("18,053 triệu");
  });

  it("usage errors exit 2 with nothing on stdout", () => {
    for (const args of [
      ["series"],
      ["series", "community-tech-team"],
      ["series", "community-tech-teams", "extra"],
      ["series", "community-tech-teams", "--release", "mic-2023-q1"],
      ["series", "community-tech-teams", "--format", "csv"],
    ]) {
      const r = _run(args, pipe);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).toMatch(/^vn-digital-indicators: /);
    }
    expect(_run(["series", "community-tech-team"], pipe).stderr).toContain(
      'unknown indicator "community-tech-team"',
    );
  });
});

describe("vn-digital-indicators list --release <id>", () => {
  it("lists one release's figures; the report by default", () => {
    const report = tsv(_run(["list"], pipe).stdout);
    expect(report).toHaveLength(23);
    const cafef = tsv(_run(["list", "--release", "cafef-2023-09"], pipe).stdout);
    expect(cafef.map((r) => r.id)).toEqual(
      observations.filter((o) => o.release === "cafef-2023-09").map((o) => o.id),
    );
    expect(_run(["list", "--release=vov-2024-09"], tty).stdout).toContain("93.524");
  });

  it("an unknown release is a usage error naming the known ones", () => {
    const r = _run(["list", "--release", "mic-2023-q2"], pipe);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown release "mic-2023-q2"');
    expect(r.stderr).toContain("mic-2023-q1");
  });
});

describe("vn-digital-indicators show <indicator>", () => {
  it("into a pipe: the indicator record and the conflicts that name its figures", () => {
    const r = _run(["show", "onetouch-visits", "--indicator"], pipe);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { indicator: unknown; conflicts: { id: string }[] };
    expect(shown.indicator).toEqual(JSON.parse(JSON.stringify(getIndicator("onetouch-visits"))));
    expect(shown.conflicts.map((c) => c.id)).toEqual(["onetouch-visits-same-count-two-dates"]);
    expect(shown.conflicts[0]).toEqual(
      JSON.parse(JSON.stringify(conflicts.find((c) => c.id === shown.conflicts[0]?.id))),
    );
  });

  it("an id that names only an indicator shows the indicator; one that names a figure too, the figure", () => {
    const only = JSON.parse(
      _run(["show", "provinces-deployed-community-tech-team-model"], pipe).stdout,
    ) as { indicator: { id: string } };
    expect(only.indicator.id).toBe("provinces-deployed-community-tech-team-model");
    // "community-tech-teams" is the report's figure and the indicator: show gives the figure, as in 0.1.0
    const figure = JSON.parse(_run(["show", "community-tech-teams"], pipe).stdout) as {
      kind: string;
    };
    expect(figure.kind).toBe("value");
    expect(_run(["show", "community-tech-teams"], tty).stdout).toContain(
      "also an indicator: vn-digital-indicators show community-tech-teams --indicator",
    );
  });

  it("in a terminal: the definition, the words sources use, the related indicators and the conflicts", () => {
    const out = _run(
      ["show", "provinces-community-tech-teams-all-communes", "--indicator"],
      tty,
    ).stdout;
    expect(out).toContain("hoàn thành 100% đến cấp xã");
    expect(out).toContain("unlike provinces-deployed-community-tech-team-model");
    // the last column is wrapped to the terminal's width
    expect(out.replace(/\s+/g, " ")).toContain(
      "Provinces that deployed the team model (the 2022 count)",
    );
    const teams = _run(["show", "community-tech-teams", "--indicator"], tty).stdout;
    expect(teams).toContain("conflict community-tech-teams-2022-08-dates");
  });

  it("--indicator with an id that is no indicator, or on another command, is a usage error", () => {
    for (const args of [
      ["show", "mic-2023-q1x", "--indicator"],
      ["show", "ndxp-transactions-2023-q1", "--indicator"],
      ["list", "--indicator"],
      ["cite", "provinces-deployed-community-tech-team-model"],
    ]) {
      const r = _run(args, pipe);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
    }
  });
});
