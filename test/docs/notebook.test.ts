import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { makeConsumer } from "../_consumer.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { findCommand, needSystem } from "../_system.js";

/**
 * docs/notebook.ipynb: its shape (nbformat 4.5, Deno kernel, every cell with an
 * id, committed with the outputs of a run), then a run in a real Jupyter
 * kernel (Deno's) against the packed package, whose outputs must be the
 * committed ones.
 *
 * Deno's kernel (2.x, "unstable") sometimes reports a cell done before the
 * cell's output reaches Jupyter; Jupyter then drops the output, which arrives
 * late. Measured here under load: from one cell in a few hundred to one in
 * sixteen loses its output, for `console.log` and `Deno.jupyter.display`
 * alike. So the notebook is made for a check that can tell a lost output from
 * a changed one: every code cell but the first shows exactly one output, with
 * `Deno.jupyter.display` (one message, so it arrives whole or not at all;
 * `console.log` text is merged across calls and a late part would look like a
 * change). A cell that comes back without
 * its output was dropped: the notebook runs again (at most {@link ATTEMPTS}
 * runs in all, each logged) until every cell has shown its output once. A
 * cell whose output differs fails at once, without another run.
 *
 * The code cells, joined in order as one module, must also pass `deno check`
 * (a cell that declares a name an earlier cell declared fails it: Jupyter
 * lets a cell redeclare, a script does not) and `deno run`, where the first
 * cell's helpers print each output's text instead of displaying it: what
 * they print must be the committed outputs' text.
 *
 * After changing the notebook or the data, refresh its outputs with
 *   UPDATE_NOTEBOOK=1 npx vitest run --config test/vitest.config.ts test/docs/notebook.test.ts
 */

const root = join(import.meta.dirname, "..", "..");
const path = join(root, "docs", "notebook.ipynb");
const deno = join(root, "node_modules", ".bin", "deno");
const update = process.env.UPDATE_NOTEBOOK === "1";

/** Runs of the notebook before a cell that never showed its output fails the check. */
const ATTEMPTS = 3;
/** The kernelspec this test writes for itself (the user's `deno` kernel is left alone). */
const KERNEL = "vn-digital-indicators-deno";

interface Output {
  output_type: "stream" | "execute_result" | "display_data" | "error";
  name?: string;
  text?: string | string[];
  /** Text as a string or lines; JSON types (`application/vnd.vegalite.v5+json`) as an object. */
  data?: Record<string, unknown>;
  execution_count?: number | null;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}
interface Cell {
  id?: string;
  cell_type: "code" | "markdown" | "raw";
  source: string | string[];
  execution_count?: number | null;
  outputs?: Output[];
}
interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec?: { name?: string; language?: string; display_name?: string } };
  cells: Cell[];
}

/** Text as one string; a JSON output (an object) as its JSON text. */
const joined = (t: unknown): string =>
  typeof t === "string"
    ? t
    : Array.isArray(t) && t.every((x) => typeof x === "string")
      ? t.join("")
      : t === undefined
        ? ""
        : JSON.stringify(t);

/** An output as comparable text: its type, stream name, text and data (keys sorted). */
function comparable(o: Output): string {
  return JSON.stringify({
    type: o.output_type,
    name: o.name ?? null,
    text: joined(o.text),
    data: Object.fromEntries(
      Object.entries(o.data ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, joined(v)]),
    ),
  });
}

/** All text of some outputs, for searching. */
function textOf(outputs: readonly Output[]): string {
  return outputs
    .map(
      (o) =>
        `${joined(o.text)}${Object.values(o.data ?? {})
          .map(joined)
          .join("\n")}`,
    )
    .join("\n");
}

const committed = JSON.parse(readFileSync(path, "utf8")) as Notebook;
const code = committed.cells.filter((c) => c.cell_type === "code");
/** The outputs each code cell must show: none for the first (imports, helpers), one for the others. */
const outputCount = (index: number): number => (index === 0 ? 0 : 1);

/**
 * What a fresh run of a cell gave, against what it must give: the same
 * outputs; some missing, each one that came being the expected one (the
 * kernel dropped the others); or different.
 */
function compareCell(
  expected: readonly Output[],
  got: readonly Output[],
): "same" | "missing" | "different" {
  const want = expected.map(comparable);
  const have = got.map(comparable);
  if (isDeepStrictEqual(want, have)) return "same";
  // a proper subsequence: everything that came is expected, in order
  let i = 0;
  for (const h of have) {
    while (i < want.length && want[i] !== h) i++;
    if (i === want.length) return "different";
    i++;
  }
  return have.length < want.length ? "missing" : "different";
}

/**
 * The code cells joined in order into one module, as `deno check` and
 * `deno run` read them (each cell after a `// cell <id>` line), with the
 * line each cell's source starts on.
 */
function joinCells(cells: readonly Cell[]): { text: string; starts: [string, number][] } {
  const starts: [string, number][] = [];
  let text = "";
  for (const cell of cells) {
    text += `// cell ${cell.id}\n`;
    starts.push([cell.id ?? "?", text.split("\n").length]);
    text += `${joined(cell.source).replace(/\n*$/, "")}\n\n`;
  }
  return { text, starts };
}

const script = joinCells(code);
/** The joined cells, then more cells (for the checks that must fail). */
const withCells = (...extra: string[]): string =>
  script.text + extra.map((source, i) => `// cell extra-${i + 1}\n${source}\n\n`).join("");

/** `notebook.ts:40:7` in Deno's messages, with the cell and its line (`cell figures, line 3`). */
function namingCells(output: string): string {
  return output.replace(/notebook\.ts:(\d+):(\d+)/g, (all, line: string) => {
    const n = Number(line);
    const at = script.starts.filter(([, start]) => start <= n).at(-1);
    return at === undefined ? all : `${all} (cell ${at[0]}, line ${n - at[1] + 1})`;
  });
}

let consumerDir: string | undefined;
/**
 * The consumer of the packed package both checks run in (installed once):
 * the notebook, its cells joined as one module, and that module followed by
 * cells that redeclare a name or do not type-check.
 */
function consumer(): string {
  consumerDir ??= makeConsumer("docs-notebook", inject("tarball"), {
    "notebook.ipynb": readFileSync(path, "utf8"),
    "notebook.ts": script.text,
    // the friction of 0.2.0: a later cell declaring a name an earlier one did
    "redeclares.ts": withCells("const controlName = 1;", "const controlName = 2;"),
    // a type error only the package's own types reveal (with no types, `published` is any)
    "mistyped.ts": withCells(
      'import { getObservation as controlLookUp } from "npm:vn-digital-indicators";\nconst controlCount: number = controlLookUp("community-tech-teams").published;',
    ),
  });
  return consumerDir;
}

describe("docs/notebook.ipynb", () => {
  it("is nbformat 4.5 for the Deno kernel, every cell with a unique id", () => {
    expect(committed.nbformat).toBe(4);
    expect(committed.nbformat_minor).toBeGreaterThanOrEqual(5);
    expect(committed.metadata.kernelspec).toEqual({
      name: "deno",
      display_name: "Deno",
      language: "typescript",
    });
    const ids = committed.cells.map((c) => c.id);
    expect(ids.every((id) => typeof id === "string" && /^[A-Za-z0-9-_]{1,64}$/.test(id))).toBe(
      true,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("loads the package by its npm: specifier and is committed with the outputs of a run", () => {
    expect(joined(code[0]?.source)).toContain('from "npm:vn-digital-indicators"');
    expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
    const all = code.map((c) => textOf(c.outputs ?? [])).join("\n");
    expect(all).toContain("hơn 111 triệu");
    expect(all).not.toContain("\u001b["); // no terminal colour codes (run with NO_COLOR=1)
  });

  it("shows one output per cell, each one message (display_data), so that a lost one is told from a changed one", () => {
    for (const [i, cell] of code.entries()) {
      const outputs = cell.outputs ?? [];
      expect(outputs.length, `cell ${cell.id}`).toBe(outputCount(i));
      for (const o of outputs) expect(o.output_type, `cell ${cell.id}`).toBe("display_data");
      // console.log reaches Jupyter on a side channel; the first cell's helper uses it only outside Jupyter
      if (i > 0) expect(joined(cell.source), `cell ${cell.id}`).not.toMatch(/\bconsole\./);
    }
  });

  it("tells a missing output from a different one", () => {
    const a: Output = { output_type: "display_data", data: { "text/plain": "a" } };
    const b: Output = { output_type: "display_data", data: { "text/plain": ["b"] } };
    const b2: Output = { output_type: "display_data", data: { "text/plain": "b2" } };
    expect(compareCell([a, b], [a, { ...b, data: { "text/plain": "b" } }])).toBe("same");
    expect(compareCell([a], [])).toBe("missing");
    expect(compareCell([a, b], [b])).toBe("missing");
    expect(compareCell([a], [b])).toBe("different");
    expect(compareCell([a, b], [a, b2])).toBe("different");
    expect(compareCell([a, b], [b, a])).toBe("different");
    expect(compareCell([a], [a, a])).toBe("different");
    expect(compareCell([], [a])).toBe("different");
  });

  it(
    "runs in a real Jupyter kernel (Deno's) against the packed package, with the committed outputs",
    (ctx) => {
      const nbconvert = findCommand("jupyter-nbconvert");
      const python = nbconvert
        ? (readFileSync(nbconvert, "utf8").split("\n")[0] ?? "").replace(/^#!\s*/, "").trim()
        : "python3";
      const nbclient =
        nbconvert !== null &&
        spawnSync(python, ["-c", "import nbclient, nbformat, jupyter_client"], {
          encoding: "utf8",
        }).status === 0;
      needSystem(
        ctx,
        "jupyter-nbconvert with python3-nbclient",
        nbclient,
        "apt-get install jupyter-nbconvert python3-nbclient jupyter-client",
      );
      const dir = consumer();
      // Jupyter's folders inside this run's consumer: a kernelspec of our own
      // that names this checkout's deno (`deno jupyter --install` writes the
      // same to ~/.local/share/jupyter/kernels/deno, shared by every checkout
      // on the machine), connection files, no user configuration.
      const jupyter = join(dir, "jupyter");
      mkdirSync(join(jupyter, "kernels", KERNEL), { recursive: true });
      writeFileSync(
        join(jupyter, "kernels", KERNEL, "kernel.json"),
        `${JSON.stringify(
          {
            argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
            display_name: "Deno",
            language: "typescript",
          },
          null,
          2,
        )}\n`,
      );
      const env = {
        ...process.env,
        JUPYTER_PATH: jupyter,
        JUPYTER_DATA_DIR: join(dir, "jupyter-data"),
        JUPYTER_RUNTIME_DIR: join(dir, "jupyter-runtime"),
        JUPYTER_CONFIG_DIR: join(dir, "jupyter-config"),
        DENO_DIR: join(dir, ".deno"),
        DENO_NO_UPDATE_CHECK: "1",
        NO_COLOR: "1",
      };

      /**
       * One run of the notebook. A kernel that did not answer (did not start,
       * died, or never reported a cell done) is reported as such: like a
       * dropped output, it says nothing about the notebook.
       */
      const execute = (attempt: number): Notebook | "kernel" => {
        const output = `executed-${attempt}.ipynb`;
        const r = spawnSync(
          "jupyter-nbconvert",
          [
            "--to",
            "notebook",
            "--execute",
            "notebook.ipynb",
            "--output",
            output,
            `--ExecutePreprocessor.kernel_name=${KERNEL}`,
            // Bounds for a kernel that stops answering, not waits for a result:
            // a cell runs in under a second, the kernel starts in a few.
            "--ExecutePreprocessor.timeout=120",
            "--ExecutePreprocessor.startup_timeout=120",
            "--ExecutePreprocessor.record_timing=False",
            // after a cell's reply, the kernel's "done" (idle) message; a kernel
            // that never sends it fails this run instead of passing silently
            "--ExecutePreprocessor.iopub_timeout=60",
            "--ExecutePreprocessor.raise_on_iopub_timeout=True",
          ],
          { cwd: dir, env, encoding: "utf8", timeout: PROGRAM_HANG_MS },
        );
        const log = `${r.stdout}\n${r.stderr}`;
        if (r.status === 0) {
          return JSON.parse(readFileSync(join(dir, output), "utf8")) as Notebook;
        }
        const kernel =
          /DeadKernelError|Kernel died|Kernel didn't respond|Timeout waiting for IOPub output|CellTimeoutError/.test(
            log,
          );
        if (kernel && !/CellExecutionError/.test(log)) return "kernel";
        throw new Error(`jupyter-nbconvert failed (exit ${String(r.status)}):\n${log}`);
      };

      // The outputs each cell has shown (a cell is settled once it has).
      const settled: (Output[] | undefined)[] = code.map(() => undefined);
      let last: Notebook | undefined;
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const started = Date.now();
        const run = execute(attempt);
        const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
        const head = `docs/notebook.ipynb, run ${attempt} of ${ATTEMPTS} (${took})`;
        if (run === "kernel") {
          console.warn(`${head}: the kernel did not answer; running again`);
          continue;
        }
        last = run;
        const cells = run.cells.filter((c) => c.cell_type === "code");
        expect(cells.map((c) => c.id)).toEqual(code.map((c) => c.id));
        const dropped: string[] = [];
        for (const [i, cell] of cells.entries()) {
          if (settled[i] !== undefined) continue;
          const got = cell.outputs ?? [];
          const error = got.find((o) => o.output_type === "error");
          expect(
            error,
            `${joined(cell.source)}\n${error?.ename}: ${error?.evalue}`,
          ).toBeUndefined();
          const verdict = update
            ? got.length < outputCount(i)
              ? "missing"
              : got.length === outputCount(i)
                ? "same"
                : "different"
            : compareCell(code[i]?.outputs ?? [], got);
          if (verdict === "missing") dropped.push(cell.id ?? String(i));
          else if (verdict === "same") settled[i] = got;
          else {
            // a real difference: no other run
            console.warn(`${head}: cell ${cell.id} shows a different output`);
            if (update) expect(got.length, `cell ${cell.id}'s outputs`).toBe(outputCount(i));
            expect(
              got.map(comparable),
              `cell ${cell.id}: docs/notebook.ipynb's committed outputs differ from a fresh run: refresh them with UPDATE_NOTEBOOK=1 (see the top of this test)`,
            ).toEqual((code[i]?.outputs ?? []).map(comparable));
          }
        }
        if (dropped.length === 0) {
          console.warn(`${head}: every cell shows its output${update ? "" : " as committed"}`);
          break;
        }
        console.warn(
          `${head}: the kernel dropped the output of cell${dropped.length > 1 ? "s" : ""} ${dropped.join(", ")}${attempt < ATTEMPTS ? "; running again" : ""}`,
        );
      }
      const missing = code.filter((_, i) => settled[i] === undefined).map((c) => c.id);
      expect(
        missing,
        `cells that showed no output in ${ATTEMPTS} runs (or whose kernel never answered)`,
      ).toEqual([]);

      const shown = settled.map((outputs) => textOf(outputs ?? [])).join("\n");
      // key outputs: a figure with its qualifier and source, its bounds, the data version, the chart
      expect(shown).toContain("hơn 111 triệu");
      expect(shown).toContain("tổng số giao dịch thực hiện thông qua Nền tảng tích hợp");
      expect(shown).toContain("mic-2023-q1@");
      expect(shown).toContain("| 19/22 |");
      expect(shown).toContain("@misc{mic-2023-q1:ndxp-transactions-2023-q1,");
      // the charts: each the package's shipped Vega-Lite 5 spec, with its text for other viewers
      const vegaLite = settled
        .flat()
        .filter((o) => o?.data?.["application/vnd.vegalite.v5+json"] !== undefined);
      const spec = (name: string): unknown =>
        JSON.parse(readFileSync(join(root, "docs", "charts", `${name}.vl.json`), "utf8"));
      expect(vegaLite.map((o) => o?.data?.["application/vnd.vegalite.v5+json"])).toEqual([
        spec("progress"),
        spec("community-tech-teams"),
      ]);
      expect(vegaLite.map((o) => joined(o?.data?.["text/plain"]))).toEqual([
        (spec("progress") as { description: string }).description,
        (spec("community-tech-teams") as { description: string }).description,
      ]);
      expect(shown).toContain("hơn 42.460");
      // what the cells mean to show: both ends of a change (not spread over by change()'s own
      // `from`/`to`), a revision and a forecast with their dates, a series as known on a day
      expect(shown).toContain('from: "18.286 (2022-05-26)"');
      expect(shown).toContain("| congthuong-2023-12-29 | GSO | 2023-12-29 | 1 | first | 12,63% |");
      expect(shown).toContain("| baomoi-2025-01-06 | GSO | 2025-01-06 | 2 | revision | 12,83% |");
      expect(shown).toContain(
        "| baogialai-2023-12 | MIC | 2023-12-28 | 1 | first | 0,75 | forecast |",
      );
      expect(shown).toContain("| dti-national | 2023 | 0,75 (forecast) | 0,7326 (normal) | yes |");
      // no chart drawn by hand any more
      expect(settled.flat().some((o) => o?.data?.["image/svg+xml"] !== undefined)).toBe(false);

      if (update && last !== undefined) {
        // the last run, with each cell's output from the run that delivered it
        let i = 0;
        for (const cell of last.cells) {
          if (cell.cell_type === "code") cell.outputs = settled[i++] ?? [];
        }
        last.metadata.kernelspec = committed.metadata.kernelspec ?? {};
        writeFileSync(path, `${JSON.stringify(last, null, 1)}\n`);
        console.warn("UPDATE_NOTEBOOK=1: wrote the executed notebook to docs/notebook.ipynb");
      }
    },
    // ATTEMPTS runs and the install, each bounded for a hang (a run takes 5 to 15 s)
    (ATTEMPTS + 1) * PROGRAM_HANG_MS,
  );
});

describe("docs/notebook.ipynb, its cells joined in order as one script", () => {
  const env = (): NodeJS.ProcessEnv => ({
    ...process.env,
    DENO_DIR: join(consumer(), ".deno"),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  });
  const denoIn = (args: string[]) => {
    const r = spawnSync(deno, args, {
      cwd: consumer(),
      env: env(),
      encoding: "utf8",
      timeout: PROGRAM_HANG_MS,
    });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };

  it("declares each name once and type-checks against the packed package (deno check)", () => {
    const r = denoIn(["check", "--quiet", "notebook.ts"]);
    expect(namingCells(`${r.stdout}${r.stderr}`)).toBe("");
    expect(r.status).toBe(0);
  });

  it("runs with deno run (no permissions), the first cell's helpers printing each cell's text as the committed outputs give it", () => {
    const r = denoIn(["run", "--quiet", "notebook.ts"]);
    expect(namingCells(r.stderr)).toBe("");
    expect(r.status).toBe(0);
    // read now: under UPDATE_NOTEBOOK=1 the Jupyter run above has just written them
    const notebook = JSON.parse(readFileSync(path, "utf8")) as Notebook;
    const expected = notebook.cells
      .filter((c) => c.cell_type === "code")
      .flatMap((c) => c.outputs ?? [])
      .map((o) => `${joined(o.data?.["text/plain"])}\n`)
      .join("");
    expect(r.stdout).toBe(expected);
  });

  it("would fail on a cell that redeclares a name or does not type-check", () => {
    const r = denoIn(["check", "--quiet", "redeclares.ts", "mistyped.ts"]);
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(output).toMatch(
      /Cannot redeclare block-scoped variable 'controlName'[\s\S]*redeclares\.ts/,
    );
    expect(output).toMatch(/Type 'string' is not assignable to type 'number'[\s\S]*mistyped\.ts/);
  });

  it("names the cell a message is about", () => {
    const [id, start] = script.starts[1] ?? ["?", 0];
    expect(namingCells(`at file:///x/notebook.ts:${start + 2}:5`)).toBe(
      `at file:///x/notebook.ts:${start + 2}:5 (cell ${id}, line 3)`,
    );
  });
});
