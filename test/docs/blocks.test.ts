import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { makeConsumer } from "../_consumer.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { countChecks, type DocBlock, extractBlocks, toModule } from "./_blocks.js";

/**
 * Every ```ts block of README.md and docs/*.md is type-checked (deno check)
 * and run (deno, then bun) against the packed package, in a consumer project
 * outside the source tree; each `//=>` comment is checked (see _blocks.ts).
 */

const root = join(import.meta.dirname, "..", "..");
const deno = join(root, "node_modules", ".bin", "deno");
const bun = join(root, "node_modules", ".bin", "bun");

const markdownFiles = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

const blocks: DocBlock[] = markdownFiles.flatMap((file) =>
  extractBlocks(readFileSync(join(root, file), "utf8"), file),
);

/** `docs/reading-the-figures.md` at line 12 → `docs-reading-the-figures-md-12.ts`. */
function moduleName(block: DocBlock): string {
  return `${block.file.replace(/[^A-Za-z0-9]+/g, "-")}-${block.line}.ts`;
}

let dir = "";
let env: NodeJS.ProcessEnv = {};

function run(cmd: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(cmd, args, { cwd: dir, env, encoding: "utf8", timeout: PROGRAM_HANG_MS });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

beforeAll(() => {
  const files: Record<string, string> = {};
  for (const block of blocks) files[`blocks/${moduleName(block)}`] = toModule(block);
  files["blocks/_wrong.ts"] = toModule({
    file: "WRONG.md",
    line: 1,
    code: 'import { getObservation } from "vn-digital-indicators";\ngetObservation("ndxp-transactions-2023-q1").value; //=> 111',
  });
  files["blocks/_typo.ts"] = toModule({
    file: "TYPO.md",
    line: 1,
    code: 'import { getObservation } from "vn-digital-indicators";\ngetObservation("ndxp-transaction-2023-q1");',
  });
  dir = makeConsumer("docs-blocks", inject("tarball"), files);
  mkdirSync(join(dir, ".deno"), { recursive: true });
  env = {
    ...process.env,
    DENO_DIR: join(dir, ".deno"),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  };
});

describe("the ```ts blocks of the README and the guides", () => {
  it("exist, and each file shows results that are checked", () => {
    for (const file of markdownFiles) {
      const own = blocks.filter((b) => b.file === file);
      expect(own.length, `${file} has no \`\`\`ts block`).toBeGreaterThan(0);
      expect(
        own.reduce((n, b) => n + countChecks(b), 0),
        `${file} checks nothing`,
      ).toBeGreaterThan(0);
    }
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it("type-check against the packed package (deno check)", () => {
    const r = run(deno, ["check", "--quiet", ...blocks.map((b) => `blocks/${moduleName(b)}`)]);
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    "%s runs in Deno and shows what it says",
    (_, block) => {
      const r = run(deno, [
        "run",
        "--quiet",
        "--allow-read",
        "--allow-env",
        `blocks/${moduleName(block)}`,
      ]);
      expect(r.status, r.output).toBe(0);
    },
  );

  // Bun does not resolve Deno's `npm:` specifiers: those blocks are Deno's
  const forBun = blocks.filter((b) => !b.code.includes('from "npm:'));

  it.each(forBun.map((b) => [`${b.file}:${b.line}`, b] as const))(
    "%s runs in Bun and shows what it says",
    (_, block) => {
      const r = run(bun, [`blocks/${moduleName(block)}`]);
      expect(r.status, r.output).toBe(0);
    },
  );

  it("a block with an unknown observation id does not type-check", () => {
    const r = run(deno, ["check", "--quiet", "blocks/_typo.ts"]);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain("ndxp-transaction-2023-q1");
  });

  it("a block whose //=> comment is wrong fails, naming its line", () => {
    const r = run(deno, ["run", "--quiet", "--allow-read", "blocks/_wrong.ts"]);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain("WRONG.md:2: the README shows 111, the package gives 111000000");
    const b = run(bun, ["blocks/_wrong.ts"]);
    expect(b.status).not.toBe(0);
    expect(b.output).toContain("WRONG.md:2: the README shows 111, the package gives 111000000");
  });
});
