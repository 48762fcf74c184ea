import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { queryJson } from "../../scripts/generators/_duckdb.js";
import {
  conflicts,
  DATA_VERSION,
  observations,
  releases,
  toCsv,
  VERSION,
} from "../../src/index.js";
import { makeConsumer } from "../_consumer.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { hasPandas, hasR, INSTALL_R, needSystem } from "../_system.js";

const root = join(import.meta.dirname, "..", "..");
const shippedCsv = readFileSync(join(root, "data", "exports", "observations.csv"), "utf8");
/** What `export` prints as CSV: every release, the shipped observations.csv byte for byte. */
const exportedCsv = toCsv(observations, { releases, conflicts });
/** The shipped rows (observations.json). */
const shippedRows = JSON.parse(
  readFileSync(join(root, "data", "exports", "observations.json"), "utf8"),
) as Record<string, unknown>[];
const deno = join(root, "node_modules", ".bin", "deno");
let dir = "";
let denoDir = "";

beforeAll(() => {
  dir = makeConsumer("cli", inject("tarball"));
  denoDir = mkdtempSync(join(tmpdir(), "vn-digital-indicators-deno-"));
});
afterAll(() => {
  if (denoDir) rmSync(denoDir, { recursive: true, force: true });
});

function sh(command: string) {
  return spawnSync("sh", ["-c", command], {
    cwd: dir,
    encoding: "utf8",
    timeout: PROGRAM_HANG_MS,
    env: { ...process.env, DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  });
}

/** The README's "Use from Python, DuckDB and the shell" section. */
function section(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf("## Use from Python, DuckDB, R and the shell");
  expect(start, "README.md has the section").toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + 3);
  const end = rest.search(/\n## /);
  return readme.slice(start, end < 0 ? undefined : start + 3 + end);
}

function blocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map(
    (m) => m[1] ?? "",
  );
}

describe("the command line from the packed tarball", () => {
  it("runs as `npx vn-digital-indicators`; its CSV export is the builders' byte for byte; the shipped file is there", () => {
    const r = sh("npx --no-install vn-digital-indicators export --format csv");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(exportedCsv);
    expect(
      readFileSync(
        join(dir, "node_modules/vn-digital-indicators/data/exports/observations.csv"),
        "utf8",
      ),
    ).toBe(shippedCsv);
  });

  it("`npx vn-digital-indicators` with an unknown command: exit 2, message, nothing on stdout", () => {
    const r = sh("npx --no-install vn-digital-indicators frobnicate");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });

  it("the exports resolve through the package's `exports` (vn-digital-indicators/data/<file>)", () => {
    const r = sh(
      `node -e 'console.log(require.resolve("vn-digital-indicators/data/observations.csv")); import("vn-digital-indicators/data/datapackage.json", { with: { type: "json" } }).then((m) => console.log(m.default.name))'`,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")[0]).toBe(
      join(dir, "node_modules/vn-digital-indicators/data/exports/observations.csv"),
    );
    expect(r.stdout.split("\n")[1]).toBe("vn-digital-indicators");
  });

  it("runs as `deno run npm:vn-digital-indicators` (offline, from the consumer's node_modules)", () => {
    const r = sh(`"${deno}" run npm:vn-digital-indicators export --format csv`);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(exportedCsv);
    const cite = sh(`"${deno}" run npm:vn-digital-indicators cite mic-2023-q1`);
    expect(cite.stdout).toContain(
      `Data: vn-digital-indicators ${VERSION}, mic-2023-q1@1.0.0, data ${DATA_VERSION}.`,
    );
    const bad = sh(`"${deno}" run npm:vn-digital-indicators show nope`);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain('unknown id "nope"');
  });
});

describe('the README section "Use from Python, DuckDB and the shell" runs as written', () => {
  const text = section();

  it("its shell commands run in a consumer of the tarball", () => {
    const commands = blocks(text, "sh")
      .flatMap((b) => b.split("\n"))
      .filter((l) => l.trim() !== "" && !l.startsWith("#"));
    expect(commands).toContain("npx vn-digital-indicators now");
    for (const command of commands) {
      if (command.startsWith("npm install")) continue; // done by makeConsumer, from the tarball
      const r = sh(command);
      expect(r.status, `${command}: ${r.stderr}`).toBe(0);
      expect(r.stderr, command).toBe("");
    }
    expect(readFileSync(join(dir, "observations.csv"), "utf8")).toBe(exportedCsv);
    const report = readFileSync(join(dir, "report.md"), "utf8");
    expect(report).toContain("| Figure | Published |");
    expect(report).toContain("ndxp-transactions-2023-q1");
    expect(report).not.toContain("vov-2024-09");
    expect(readFileSync(join(dir, "references.bib"), "utf8")).toContain(
      "@misc{mic-2023-q1:ndxp-transactions-2023-q1,",
    );
    expect(readFileSync(join(dir, "references-biber.bib"), "utf8")).toContain(
      "@report{mic-2023-q1:ndxp-transactions-2023-q1,",
    );
    expect(sh("npx vn-digital-indicators list | cut -f1,2,3").stdout.split("\n")[1]).toBe(
      "fully-online-services-share\t74,72%\teq",
    );
  });

  it("its Deno command runs", () => {
    expect(text).toContain("deno run npm:vn-digital-indicators list");
    const r = sh(`"${deno}" run npm:vn-digital-indicators list`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("ndxp-transactions-2023-q1\thơn 111 triệu\tgt");
  });

  /** The teams series as the README's snippets print it: one row per figure, in its order. */
  const teams = () =>
    shippedRows
      .filter(
        (x) =>
          x.indicator === "community-tech-teams" &&
          x.is_latest_vintage === true &&
          x.area_code === null,
      )
      .sort((a, b) => (a.as_of_order as number) - (b.as_of_order as number));

  it("its Python block reads the declared types with pandas and prints the teams series, one row per figure", (ctx) => {
    needSystem(ctx, "pandas", hasPandas(), "apt-get install python3-pandas");
    const [python] = blocks(text, "python");
    expect(python).toBeDefined();
    // the dtypes it reads with, printed after the block
    const check = `${python}\nprint(df.dtypes[["as_of_start", "part", "vintage", "is_latest_vintage", "conflicts"]].astype(str).to_dict())\nprint(type(df["conflicts"].dropna().iloc[0]).__name__)`;
    const r = spawnSync("/usr/bin/python3", ["-c", check], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    const rows = teams();
    expect(lines.slice(1, 1 + rows.length).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual(
      rows.map((x) => [x.as_of, ...(x.published as string).split(" ").slice(0, 1)]),
    );
    expect(lines[0]?.trim().split(/\s+/)).toEqual(["as_of", "published", "status", "release"]);
    expect(lines.at(-2)).toBe(
      "{'as_of_start': 'datetime64[ns]', 'part': 'Int64', 'vintage': 'Int64', 'is_latest_vintage': 'boolean', 'conflicts': 'object'}",
    );
    expect(lines.at(-1)).toBe("list");
  });

  it("its SQL runs in DuckDB over the Parquet, the CSV and the JSON with the same result: the series in order", async () => {
    const [sql] = blocks(text, "sql");
    expect(sql).toBeDefined();
    const absolute = (sql ?? "").replace("'node_modules/", `'${dir}/node_modules/`);
    const results = await Promise.all(
      ["observations.parquet", "observations.csv", "observations.json"].map((file) =>
        queryJson(absolute.replace("observations.parquet", file)),
      ),
    );
    expect(results[0]?.map((r) => [r.as_of, r.published, r.status, r.release])).toEqual(
      teams().map((x) => [x.as_of, x.published, x.status, x.release]),
    );
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it("its R block reads the declared types with readr and prints the teams series, one row per figure", (ctx) => {
    needSystem(ctx, "R with readr and jsonlite", hasR(), INSTALL_R);
    const [rCode] = blocks(text, "r");
    expect(rCode).toBeDefined();
    const check = `${rCode}\ncat(class(df$as_of_start), class(df$part), class(df$vintage), class(df$is_latest_vintage), class(df$conflicts), sep = "\\n")\n`;
    const r = spawnSync("Rscript", ["-e", check], { cwd: dir, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    const rows = teams();
    // print(data.frame): a header, then one numbered row per figure
    expect(lines[0]?.trim().split(/\s+/)).toEqual(["as_of", "published", "status", "release"]);
    expect(lines.slice(1, 1 + rows.length).map((l) => l.trim().split(/\s+/)[1])).toEqual(
      rows.map((x) => x.as_of),
    );
    expect(lines.slice(-5)).toEqual(["Date", "integer", "integer", "logical", "list"]);
  });
});
