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
import { hasPandas, needSystem } from "../_system.js";

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
  const start = readme.indexOf("## Use from Python, DuckDB and the shell");
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
    expect(commands).toContain("npx vn-digital-indicators list");
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

  it("its Python block runs with pandas and prints the qualified figures", (ctx) => {
    needSystem(ctx, "pandas", hasPandas(), "apt-get install python3-pandas");
    const [python] = blocks(text, "python");
    expect(python).toBeDefined();
    const r = spawnSync("/usr/bin/python3", ["-c", python ?? ""], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    // a header, then every qualified figure of every release (18 in data 3.0.0)
    const qualified = shippedRows.filter((x) => x.comparator !== "eq");
    expect(qualified).toHaveLength(18);
    expect(lines).toHaveLength(1 + qualified.length);
    expect(r.stdout).toMatch(
      /ndxp-transactions-2023-q1\s+hơn 111 triệu\s+111,000,000\s+111,000,000\s+NaN/,
    );
    expect(r.stdout).toMatch(/khoảng 12,95%\s+12\.95\s+12\.945\s+12\.955/);
    expect(r.stdout).toContain("tối thiểu 860 triệu");
  });

  it("its SQL runs in DuckDB over the Parquet, the CSV and the JSON with the same result", async () => {
    const [sql] = blocks(text, "sql");
    expect(sql).toBeDefined();
    const absolute = (sql ?? "").replace("'node_modules/", `'${dir}/node_modules/`);
    const results = await Promise.all(
      ["observations.parquet", "observations.csv", "observations.json"].map((file) =>
        queryJson(absolute.replace("observations.parquet", file)),
      ),
    );
    expect(results[0]?.map((r) => r.id)).toEqual(
      shippedRows
        .filter((x) => x.comparator !== "eq")
        .map((x) => x.id)
        .sort(),
    );
    expect(results[0]?.find((r) => r.id === "ndxp-transactions-2023-q1")).toEqual({
      id: "ndxp-transactions-2023-q1",
      published: "hơn 111 triệu",
      comparator: "gt",
      value: 111_000_000,
      lower: 111_000_000,
      upper: null,
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});
