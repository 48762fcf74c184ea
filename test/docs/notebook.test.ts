import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { makeConsumer } from "../_consumer.js";
import { findCommand, needSystem } from "../_system.js";

/**
 * docs/notebook.ipynb: its shape (nbformat 4.5, Deno kernel, every cell with an
 * id, committed with the outputs of a run), then a run in a real Jupyter
 * kernel (Deno's) against the packed package, whose outputs must be the
 * committed ones.
 *
 * After changing the notebook or the data, refresh its outputs with
 *   UPDATE_NOTEBOOK=1 npx vitest run --config test/vitest.config.ts test/docs/notebook.test.ts
 */

const root = join(import.meta.dirname, "..", "..");
const path = join(root, "docs", "notebook.ipynb");
const deno = join(root, "node_modules", ".bin", "deno");

interface Output {
  output_type: "stream" | "execute_result" | "display_data" | "error";
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
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

const joined = (t: string | string[] | undefined): string =>
  Array.isArray(t) ? t.join("") : (t ?? "");

/** The outputs of a notebook as comparable text, cell by cell. */
function outputsOf(nb: Notebook): string[] {
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .map((c) =>
      JSON.stringify(
        (c.outputs ?? []).map((o) => ({
          type: o.output_type,
          name: o.name ?? null,
          text: joined(o.text),
          data: Object.fromEntries(
            Object.entries(o.data ?? {})
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, joined(v)]),
          ),
        })),
      ),
    );
}

/** All text of a cell's outputs, for searching. */
function textOf(cell: Cell): string {
  return (cell.outputs ?? [])
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
    // every cell but the first (imports and a helper) shows something
    for (const [i, cell] of code.entries()) {
      expect(cell.outputs?.some((o) => o.output_type === "error")).toBe(false);
      if (i > 0) expect(cell.outputs?.length, joined(cell.source)).toBeGreaterThan(0);
    }
    const all = code.map(textOf).join("\n");
    expect(all).toContain("hơn 111 triệu");
    expect(all).not.toContain("\u001b["); // no terminal colour codes (run with NO_COLOR=1)
  });

  it("runs in a real Jupyter kernel (Deno's) against the packed package, with the committed outputs", (ctx) => {
    const nbconvert = findCommand("jupyter-nbconvert");
    const python = nbconvert
      ? (readFileSync(nbconvert, "utf8").split("\n")[0] ?? "").replace(/^#!\s*/, "").trim()
      : "python3";
    const nbclient =
      nbconvert !== null &&
      spawnSync(python, ["-c", "import nbclient, nbformat"], { encoding: "utf8" }).status === 0;
    needSystem(
      ctx,
      "jupyter-nbconvert with python3-nbclient",
      nbclient,
      "apt-get install jupyter-nbconvert python3-nbclient jupyter-client",
    );
    const dir = makeConsumer("docs-notebook", inject("tarball"), {
      "notebook.ipynb": readFileSync(path, "utf8"),
    });
    const env = {
      ...process.env,
      DENO_DIR: join(dir, ".deno"),
      DENO_NO_UPDATE_CHECK: "1",
      NO_COLOR: "1",
    };
    // the kernelspec names the deno binary that installed it: install ours each time
    const install = spawnSync(deno, ["jupyter", "--install", "--force"], {
      cwd: dir,
      env,
      encoding: "utf8",
    });
    expect(install.status, install.stderr).toBe(0);
    const execute = (): { text: string; notebook: Notebook } => {
      const r = spawnSync(
        "jupyter-nbconvert",
        [
          "--to",
          "notebook",
          "--execute",
          "notebook.ipynb",
          "--output",
          "executed.ipynb",
          "--ExecutePreprocessor.kernel_name=deno",
          "--ExecutePreprocessor.timeout=180",
          "--ExecutePreprocessor.record_timing=False",
          // a cell's output arriving late on a busy machine must not be dropped silently
          "--ExecutePreprocessor.iopub_timeout=120",
          "--ExecutePreprocessor.raise_on_iopub_timeout=True",
        ],
        { cwd: dir, env, encoding: "utf8", timeout: 300_000 },
      );
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      const text = readFileSync(join(dir, "executed.ipynb"), "utf8");
      return { text, notebook: JSON.parse(text) as Notebook };
    };
    const expected = outputsOf(committed);
    let run = execute();
    if (
      process.env.UPDATE_NOTEBOOK !== "1" &&
      !isDeepStrictEqual(outputsOf(run.notebook), expected)
    ) {
      // Deno's kernel (unstable) has been seen, under load, to lose a cell's
      // execute_result (the notebook therefore prints with console.log and shows
      // with Deno.jupyter.display); a second run tells a lost message from a change
      console.warn(
        "docs/notebook.ipynb: a fresh run differs from the committed outputs; running once more",
      );
      run = execute();
    }
    const executedText = run.text;
    const executed = run.notebook;
    const cells = executed.cells.filter((c) => c.cell_type === "code");
    for (const cell of cells) {
      const error = cell.outputs?.find((o) => o.output_type === "error");
      expect(error, `${joined(cell.source)}\n${error?.ename}: ${error?.evalue}`).toBeUndefined();
    }
    const all = cells.map(textOf).join("\n");
    // key outputs: a figure with its qualifier and source, its bounds, the data version, the chart
    expect(all).toContain("hơn 111 triệu");
    expect(all).toContain("tổng số giao dịch thực hiện thông qua Nền tảng tích hợp");
    expect(all).toContain("mic-2023-q1@");
    expect(all).toContain("| 19/22 |");
    const svg = cells.flatMap((c) =>
      (c.outputs ?? []).filter(
        (o) => o.output_type === "display_data" && o.data?.["image/svg+xml"] !== undefined,
      ),
    );
    expect(svg.length).toBeGreaterThanOrEqual(1);
    expect(joined(svg[0]?.data?.["image/svg+xml"])).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );

    if (process.env.UPDATE_NOTEBOOK === "1") {
      writeFileSync(path, executedText);
      console.warn("UPDATE_NOTEBOOK=1: wrote the executed notebook to docs/notebook.ipynb");
    }
    expect(
      outputsOf(executed),
      "docs/notebook.ipynb's committed outputs differ from a fresh run: refresh them with UPDATE_NOTEBOOK=1 (see the top of this test)",
    ).toEqual(process.env.UPDATE_NOTEBOOK === "1" ? outputsOf(executed) : expected);
  }, 400_000);
});
