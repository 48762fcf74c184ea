/**
 * `npm run bench`: import cost and bundle sizes of the built package. Prints
 * figures; never fails on time (machines are noisy).
 *
 * Import time: each case is a fresh `node` process that imports one module and
 * exits, timed as a whole. Runs alternate (a bare start, then every case, in a
 * rotating order) for BENCH_RUNS rounds (default 30, at least 20) after 3 warm-up
 * rounds; the figure is the median over rounds of (case time / the same round's
 * bare start of the same module format), for wall time (the whole process) and
 * for CPU time (user + system up to the end of the import, as the process
 * reports it: waiting for a busy CPU does not inflate it). Two well-known data packages
 * (countries-list, world-countries) run in the same rounds for a side-by-side
 * ratio. In-process and in instructions, i18n-iso-countries joins them, and
 * each import's cost is also given per KB of the files it reads (issue 19:
 * the main entry keeps every national figure; its cost per KB is the figure
 * to watch as the data grows). `vn-digital-indicators` resolves to this repository's dist/ through the
 * package's self-reference, as an installed copy would.
 *
 * Lookups: the time one failing lookup takes, for the worst inputs (a 1 MB
 * string; the longest input that still runs the close-match search), median of
 * 200 calls, in the package as built (issue 12: under 10 ms for any input).
 *
 * Bundle sizes: scripts/_bundleSizes.ts (esbuild, minified, gzip -9): the
 * consumers with a budget, then every helper bundled alone.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import {
  budgets,
  bundleAll,
  bundleHelpers,
  HELPER_TARGET,
  helperBudgets,
  helpers,
  root,
  targets,
} from "./_bundleSizes.js";

const runs = Math.max(20, Number(process.env.BENCH_RUNS ?? 30) || 30);
const dir = join(root, ".tmp", "bench");
mkdirSync(dir, { recursive: true });

interface Case {
  readonly name: string;
  readonly file: string;
  readonly code: string;
  readonly bare: "bare.mjs" | "bare.cjs";
}

const cases: readonly Case[] = [
  {
    name: "main entry (ESM import)",
    file: "main.mjs",
    code: 'import "vn-digital-indicators";\n',
    bare: "bare.mjs",
  },
  {
    name: "main entry (CJS require)",
    file: "main.cjs",
    code: 'require("vn-digital-indicators");\n',
    bare: "bare.cjs",
  },
  {
    name: "./schema (ESM import, zod)",
    file: "schema.mjs",
    code: 'import "vn-digital-indicators/schema";\n',
    bare: "bare.mjs",
  },
  {
    name: "countries-list (ESM import)",
    file: "countries-list.mjs",
    code: 'import "countries-list";\n',
    bare: "bare.mjs",
  },
  {
    name: "world-countries (ESM import)",
    file: "world-countries.mjs",
    code: 'import "world-countries";\n',
    bare: "bare.mjs",
  },
];

// Each file ends by printing its own CPU time (user + system, µs), a figure
// that waiting for a busy CPU does not inflate (wall time does).
const report = "const u = process.cpuUsage(); process.stdout.write(String(u.user + u.system));\n";
writeFileSync(join(dir, "bare.mjs"), report);
writeFileSync(join(dir, "bare.cjs"), report);
for (const c of cases) writeFileSync(join(dir, c.file), c.code + report);

/** Wall time of the whole process (ms) and its CPU time up to the end of the import (ms). */
function time(file: string): [number, number] {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${file} failed: ${r.stderr}`);
  return [ms, Number(r.stdout) / 1000];
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const files = ["bare.mjs", "bare.cjs", ...cases.map((c) => c.file)];
const times = new Map<string, number[]>(files.map((f) => [f, []]));
const ratios = new Map<string, number[]>(cases.map((c) => [c.file, []]));
const cpu = new Map<string, number[]>(files.map((f) => [f, []]));
const cpuRatios = new Map<string, number[]>(cases.map((c) => [c.file, []]));

for (let round = -3; round < runs; round++) {
  // Rotate the order each round so no case always follows another.
  const order = files.map((_, i) => files[(i + Math.max(round, 0)) % files.length] as string);
  const t = new Map<string, number>();
  const c1 = new Map<string, number>();
  for (const f of order) {
    const [wall, cpuMs] = time(f);
    t.set(f, wall);
    c1.set(f, cpuMs);
  }
  if (round < 0) continue;
  for (const [f, ms] of t) times.get(f)?.push(ms);
  for (const [f, ms] of c1) cpu.get(f)?.push(ms);
  for (const c of cases) {
    ratios.get(c.file)?.push((t.get(c.file) as number) / (t.get(c.bare) as number));
    cpuRatios.get(c.file)?.push((c1.get(c.file) as number) / (c1.get(c.bare) as number));
  }
}

const fmt = (n: number, d = 2) => n.toFixed(d);
const lines: string[] = [];
const load = loadavg().map((l) => l.toFixed(2));
lines.push(
  `Machine: ${cpus().length} cores, load average ${load.join(" ")} (a loaded machine inflates every figure; ratios less).`,
);
lines.push(
  `Import time, Node ${process.version}, median of ${runs} alternating runs (ratio to a bare node start of the same format):`,
);
lines.push("");
lines.push("| import | wall ms | × bare start (wall) | CPU ms | × bare start (CPU) |");
lines.push("|---|---:|---:|---:|---:|");
for (const bare of ["bare.mjs", "bare.cjs"] as const) {
  const kind = bare === "bare.mjs" ? "ESM" : "CJS";
  lines.push(
    `| bare \`node\` (${kind} file) | ${fmt(median(times.get(bare) ?? []), 1)} | 1.00 | ${fmt(median(cpu.get(bare) ?? []), 1)} | 1.00 |`,
  );
}
for (const c of cases) {
  lines.push(
    `| ${c.name} | ${fmt(median(times.get(c.file) ?? []), 1)} | ${fmt(median(ratios.get(c.file) ?? []))} | ${fmt(median(cpu.get(c.file) ?? []), 1)} | ${fmt(median(cpuRatios.get(c.file) ?? []))} |`,
  );
}

// In-process import cost: a fresh process times its own `await import()` of one
// module (performance.now() around it), so the node start itself is left out.
// The package and countries-list alternate, BENCH_RUNS rounds each.
const inProcess = [
  ["vn-digital-indicators (main entry)", "vn-digital-indicators"],
  ["countries-list", "countries-list"],
  ["world-countries", "world-countries"],
  ["i18n-iso-countries", "i18n-iso-countries"],
] as const;

/**
 * The bytes an import reads: every module and JSON file `import * from
 * <specifier>` loads in Node, summed from esbuild's metafile (platform node,
 * the package's own entry resolution).
 */
async function entryBytes(specifier: string): Promise<number> {
  const r = await esbuild({
    stdin: {
      contents: `import * as m from ${JSON.stringify(specifier)}; globalThis.m = m;`,
      resolveDir: root,
      loader: "js",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(r.metafile.inputs).reduce((sum, input) => sum + input.bytes, 0);
}
const bytesOf = new Map<string, number>();
for (const [name, specifier] of inProcess) bytesOf.set(name, await entryBytes(specifier));
const inProcessMs = new Map<string, number[]>(inProcess.map(([name]) => [name, []]));
writeFileSync(
  join(dir, "in-process.mjs"),
  "const t = performance.now(); await import(process.argv[2]); process.stdout.write(String(performance.now() - t));\n",
);
for (let round = -3; round < runs; round++) {
  for (const [name, specifier] of round % 2 === 0 ? inProcess : [...inProcess].reverse()) {
    const r = spawnSync(process.execPath, ["in-process.mjs", specifier], {
      cwd: dir,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`in-process import of ${specifier} failed: ${r.stderr}`);
    if (round >= 0) inProcessMs.get(name)?.push(Number(r.stdout));
  }
}
const ownMs = median(inProcessMs.get(inProcess[0][0]) ?? []);
lines.push("");
lines.push(
  `In-process import time (await import() timed inside a fresh process; median of ${runs} alternating runs):`,
);
lines.push("");
lines.push(
  "| module | ms | × vn-digital-indicators | entry KB (files the import reads) | ms per KB | × vn-digital-indicators per KB |",
);
lines.push("|---|---:|---:|---:|---:|---:|");
const ownPerKb = ownMs / ((bytesOf.get(inProcess[0][0]) ?? 1) / 1024);
for (const [name] of inProcess) {
  const ms = median(inProcessMs.get(name) ?? []);
  const kb = (bytesOf.get(name) ?? 0) / 1024;
  lines.push(
    `| ${name} | ${fmt(ms)} | ${fmt(ms / ownMs)} | ${fmt(kb, 1)} | ${fmt(ms / kb, 4)} | ${fmt(ms / kb / ownPerKb)} |`,
  );
}

// Instructions of an import, counted by valgrind's callgrind: the same count
// whatever else the machine is doing, so two runs compare exactly. V8 runs
// without its JIT and with fixed seeds (--jitless --predictable --hash-seed
// --random-seed --single-threaded), so the count is the same run after run;
// it measures the work of reading, compiling and running the module, not
// wall time. BENCH_CALLGRIND=0 skips it (about 15 s a module).
const VALGRIND = spawnSync("sh", ["-c", "command -v valgrind"], { encoding: "utf8" }).stdout.trim();
if (process.env.BENCH_CALLGRIND === "0" || VALGRIND === "") {
  lines.push("");
  lines.push(
    VALGRIND === ""
      ? "Import instructions: skipped (valgrind is not installed: apt-get install valgrind)."
      : "Import instructions: skipped (BENCH_CALLGRIND=0).",
  );
} else {
  writeFileSync(
    join(dir, "import-one.mjs"),
    "if (process.argv[2]) await import(process.argv[2]);\n",
  );
  const count = (specifier: string): number => {
    const r = spawnSync(
      VALGRIND,
      [
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        process.execPath,
        "--jitless",
        "--predictable",
        "--hash-seed=1",
        "--random-seed=1",
        "--single-threaded",
        "import-one.mjs",
        specifier,
      ],
      { cwd: dir, encoding: "utf8" },
    );
    const m = /Collected : (\d+)/.exec(r.stderr);
    if (r.status !== 0 || m === null) throw new Error(`callgrind failed: ${r.stderr.slice(-500)}`);
    return Number(m[1]);
  };
  const bare = count("");
  const measured = inProcess.map(([name, specifier]) => [name, count(specifier) - bare] as const);
  const own = measured[0]?.[1] ?? 1;
  lines.push("");
  lines.push(
    "Import instructions (callgrind; node --jitless with fixed seeds; minus an empty script's):",
  );
  lines.push("");
  lines.push(
    "| module | million instructions | × vn-digital-indicators | million instructions per KB read | × vn-digital-indicators per KB |",
  );
  lines.push("|---|---:|---:|---:|---:|");
  const ownKb = (bytesOf.get(inProcess[0][0]) ?? 1) / 1024;
  for (const [name, n] of measured) {
    const kb = (bytesOf.get(name) ?? 1) / 1024;
    lines.push(
      `| ${name} | ${fmt(n / 1e6, 1)} | ${fmt(n / own)} | ${fmt(n / 1e6 / kb, 3)} | ${fmt(n / kb / (own / ownKb))} |`,
    );
  }
}

// Lookups, in this process, on the built package (a client of the public API)
// (a specifier in a variable: the type checker runs before the build, when
// the package's own name does not resolve yet)
const self: string = "vn-digital-indicators";
const lib = (await import(self)) as typeof import("../src/index.js");
const longestId = Math.max(...lib.observations.map((o) => o.id.length));
// the longest name that still runs the close-match search: a longer one cannot
// be close to any name (src/_closest.ts), so none is searched
const longestName = Math.max(
  ...lib.provinces.map((p) => p.nameAscii.toLowerCase().replace(/[^a-z0-9]/g, "").length),
);
const nameReach = 2 * longestName + Math.max(3, Math.floor(longestName / 2));
const megabyte = "x".repeat(1_000_000);
const digits = "9".repeat(1_000_000);
const lookups: readonly [string, () => unknown][] = [
  ["getObservation: a 1 MB string", () => lib.getObservation(megabyte as never)],
  [
    `getObservation: ${longestId} characters, nothing close (the full search)`,
    () => lib.getObservation("q".repeat(longestId) as never),
  ],
  [
    "getObservation: a near miss (suggests the closest)",
    () => lib.getObservation("fully-online-service-share" as never),
  ],
  ["getProvince: a 1 MB string", () => lib.getProvince(megabyte)],
  ["getProvince: a 1 MB run of digits", () => lib.getProvince(digits)],
  [
    `getProvince: ${nameReach} letters, nothing close (the longest full search)`,
    () => lib.getProvince("q".repeat(nameReach)),
  ],
  ["getProvince: 200 letters (the longest input read)", () => lib.getProvince("q".repeat(200))],
  ["getProvince2025: a near miss", () => lib.getProvince2025("Thành phố Huê")],
];
lines.push("");
lines.push("Lookups that fail (the worst inputs), median of 200 calls:");
lines.push("");
lines.push("| lookup | µs per call |");
lines.push("|---|---:|");
for (const [name, call] of lookups) {
  const samples: number[] = [];
  for (let i = 0; i < 220; i++) {
    const start = process.hrtime.bigint();
    try {
      call();
    } catch {
      // every one of these throws UnknownIdError
    }
    if (i >= 20) samples.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  lines.push(`| ${name} | ${fmt(median(samples), 1)} |`);
}

const [bundles, helperBundles] = await Promise.all([bundleAll(root), bundleHelpers(root)]);
const target = targets();
const limit = budgets();
const label = {
  constant: "one observation's named constant",
  series: "one series' named constant (`communityTechTeamsSeries`)",
  observations: "`observations`",
  main: "the whole main entry",
  schema: "the whole `./schema` entry (zod included)",
} as const;
lines.push("");
lines.push("Bundle sizes (esbuild, minified, ESM, gzip -9):");
lines.push("");
lines.push("| consumer imports | minified B | gzip B | target B | enforced B |");
lines.push("|---|---:|---:|---:|---:|");
for (const [name, b] of Object.entries(bundles) as [
  keyof typeof bundles,
  (typeof bundles)[keyof typeof bundles],
][]) {
  const t = name === "schema" ? "—" : String(target[name]);
  const l = name === "schema" ? "—" : String(limit[name]);
  lines.push(`| ${label[name]} | ${b.bytes} | ${b.gzip} | ${t} | ${l} |`);
}
lines.push("");
lines.push("Every helper bundled alone (esbuild, minified, ESM, gzip -9):");
lines.push("");
lines.push("| helper | minified B | gzip B | target B | enforced B |");
lines.push("|---|---:|---:|---:|---:|");
const helperLimit = helperBudgets();
for (const name of helpers) {
  const b = helperBundles[name];
  const over = b.gzip > HELPER_TARGET ? " (over)" : "";
  lines.push(
    `| \`${name}\` | ${b.bytes} | ${b.gzip}${over} | ${HELPER_TARGET} | ${helperLimit[name]} |`,
  );
}
lines.push("");
lines.push(
  `Main entry module graph: ${bundles.main.inputs.join(", ")} (${bundles.main.inputs.length} file).`,
);
process.stdout.write(`${lines.join("\n")}\n`);
