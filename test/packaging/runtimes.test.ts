import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { observations } from "../../src/index.js";
import { makeConsumer } from "../_consumer.js";
import { findChromium, INSTALL_CHROMIUM, needSystem } from "../_system.js";
import { bunBinary, denoBinary, nodeBinary, run, runFailing } from "./_tools.js";

/*
 * The runtime matrix: the packed tarball, installed in a consumer outside the
 * source tree, imported by every runtime we support. Each imports the main entry
 * and `./schema`, reads a figure with its qualifier, calls a helper and checks
 * the result (printed as JSON, compared here).
 */

// The body shared by every runtime; `lib` and `schema` are the two entries.
const body = `
const o = lib.getObservation("ndxp-transactions-2023-q1");
const b = lib.bounds(o);
const checked = schema.ObservationSchema.parse(o);
const rejected = schema.ObservationSchema.safeParse({ ...o, value: "111" }).success === false;
console.log(JSON.stringify({
  published: o.published,
  comparator: o.comparator,
  value: o.value,
  lower: b.lower,
  lowerInclusive: b.lowerInclusive,
  upper: b.upper,
  named: o === lib.ndxpTransactions2023Q1,
  frozen: Object.isFrozen(o) && Object.isFrozen(o.name),
  count: lib.observations.length,
  schema: checked.id,
  rejected,
  error: (() => { try { lib.getObservation("ndxp-transaction"); return null; } catch (e) { return [e.constructor.name, e instanceof RangeError, e.code]; } })(),
  resolved: RESOLVED,
}));
`;

const esm = `import * as lib from "vn-digital-indicators";
import * as schema from "vn-digital-indicators/schema";
const RESOLVED = [import.meta.resolve("vn-digital-indicators"), import.meta.resolve("vn-digital-indicators/schema")].map((u) => u.split("/").pop());
${body}`;

const cjs = `"use strict";
const lib = require("vn-digital-indicators");
const schema = require("vn-digital-indicators/schema");
const RESOLVED = [require.resolve("vn-digital-indicators"), require.resolve("vn-digital-indicators/schema")].map((p) => p.split(/[\\\\/]/).pop());
${body}`;

// Deno: the same, through \`npm:\` specifiers, typed.
const deno = `import * as lib from "npm:vn-digital-indicators";
import * as schema from "npm:vn-digital-indicators/schema";
const RESOLVED = null;
${body.replace("catch (e)", "catch (e: any)")}`;

// A typed Deno consumer: \`deno check\` must see the package's own types.
const denoTyped = `import { bounds, type Comparator, getObservation, type Interval, type Observation } from "npm:vn-digital-indicators";
import { ObservationSchema } from "npm:vn-digital-indicators/schema";

const o = getObservation("ndxp-transactions-2023-q1");
const comparator: Comparator = o.comparator;
const interval: Interval = bounds(o);
const parsed: Observation = ObservationSchema.parse(o);
// @ts-expect-error an unknown id does not compile
getObservation("ndxp-transaction");
// @ts-expect-error the value is a number
const wrong: string = o.value;
console.log(comparator, interval.lower, parsed.id, wrong);
`;

const expected = {
  published: "hơn 111 triệu",
  comparator: "gt",
  value: 111_000_000,
  lower: 111_000_000,
  lowerInclusive: false,
  upper: null,
  named: true,
  frozen: true,
  count: observations.length,
  schema: "ndxp-transactions-2023-q1",
  rejected: true,
  error: ["UnknownIdError", true, "ERR_UNKNOWN_ID"],
};

let dir = "";

beforeAll(() => {
  dir = makeConsumer("runtimes", inject("tarball"), {
    "check.mjs": esm,
    "check.cjs": cjs,
    "deno/check.ts": deno,
    "deno/typed.ts": denoTyped,
    "deno/typed-wrong.ts": `import { getObservation } from "npm:vn-digital-indicators";\nconst s: string = getObservation("community-tech-teams").value;\nconsole.log(s);\n`,
  });
});

function parse(out: string): Record<string, unknown> {
  const line = out.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as Record<string, unknown>;
}

const nodes: readonly [string, () => string][] = [
  ["Node 20 (this machine)", () => process.execPath],
  ["Node 22", () => nodeBinary(22)],
  ["Node 24", () => nodeBinary(24)],
];

describe.each(nodes)("%s", (_name, bin) => {
  it("imports (ESM) . and ./schema from the tarball: .js files", () => {
    const out = parse(run(bin(), ["check.mjs"], { cwd: dir }));
    expect(out).toEqual({ ...expected, resolved: ["index.js", "schema.js"] });
  });

  it("requires (CJS) . and ./schema from the tarball: .cjs files", () => {
    const out = parse(run(bin(), ["check.cjs"], { cwd: dir }));
    expect(out).toEqual({ ...expected, resolved: ["index.cjs", "schema.cjs"] });
  });
});

describe("Deno (npm:vn-digital-indicators, offline, DENO_DIR in the consumer)", () => {
  const env = () => ({
    ...process.env,
    DENO_DIR: join(dir, ".deno"),
    DENO_NO_UPDATE_CHECK: "1",
    DENO_NO_PROMPT: "1",
    NO_COLOR: "1",
  });

  it("deno run imports both entries and reads the figure", () => {
    const out = parse(
      run(denoBinary(), ["run", "--cached-only", "deno/check.ts"], { cwd: dir, env: env() }),
    );
    expect(out).toEqual({ ...expected, resolved: null });
  });

  it("deno check type-checks a typed consumer against the package's .d.ts", () => {
    run(denoBinary(), ["check", "--cached-only", "deno/typed.ts"], { cwd: dir, env: env() });
    const out = runFailing(denoBinary(), ["check", "--cached-only", "deno/typed-wrong.ts"], {
      cwd: dir,
      env: env(),
    });
    expect(out).toMatch(/TS2322/);
  });
});

describe("Bun", () => {
  it("imports (ESM) . and ./schema", () => {
    const out = parse(run(bunBinary(), ["check.mjs"], { cwd: dir }));
    expect(out).toEqual({ ...expected, resolved: ["index.js", "schema.js"] });
  });

  it("requires (CJS) . and ./schema", () => {
    const out = parse(run(bunBinary(), ["check.cjs"], { cwd: dir }));
    expect(out).toEqual({ ...expected, resolved: ["index.cjs", "schema.cjs"] });
  });
});

describe("a browser (esbuild bundle, platform browser, headless Chromium)", () => {
  it("shows the figure in the page's DOM", async (ctx) => {
    const chromium = findChromium();
    needSystem(ctx, "Chromium", chromium !== null, INSTALL_CHROMIUM);
    const page = join(dir, "browser");
    mkdirSync(page, { recursive: true });
    writeFileSync(
      join(page, "page.js"),
      `import { bounds, getObservation } from "vn-digital-indicators";
const o = getObservation("ndxp-transactions-2023-q1");
const b = bounds(o);
const p = document.createElement("p");
p.id = "figure";
p.textContent = [o.published, o.comparator, b.lower, b.lowerInclusive, b.upper].join("|");
document.body.append(p);
`,
    );
    await build({
      entryPoints: [join(page, "page.js")],
      bundle: true,
      platform: "browser",
      format: "iife",
      minify: true,
      outfile: join(page, "bundle.js"),
      absWorkingDir: dir,
      logLevel: "silent",
    });
    writeFileSync(
      join(page, "index.html"),
      '<!doctype html><html><head><meta charset="utf-8"><title>figure</title></head><body><script src="bundle.js"></script></body></html>\n',
    );
    // a profile of its own: a Chromium started on a profile that another one
    // uses aborts at once ("Failed to create a ProcessSingleton", exit 21)
    const profile = mkdtempSync(join(dir, "chromium-profile-"));
    const dom = run(
      chromium as string,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        "--dump-dom",
        pathToFileURL(join(page, "index.html")).href,
      ],
      { cwd: page },
    );
    expect(dom).toContain('<p id="figure">hơn 111 triệu|gt|111000000|false|</p>');
  });
});
