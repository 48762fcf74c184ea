/**
 * Turns the ```ts blocks of a Markdown file into runnable modules that check
 * what they show.
 *
 * A line that ends in a `//=> <literal>` comment shows a result:
 *
 *     ndxp.published; //=> "hơn 111 triệu"
 *     console.log(ratio); //=> ≈ 0.8636
 *
 * becomes a check that the expression (or `console.log`'s single argument)
 * deeply equals the literal (a JavaScript literal: string, number, boolean,
 * null, array, object), or, after `≈`, lies within half a unit of the
 * literal's last digit. Every other line is kept as it is, at the same line
 * number, so an error points at the Markdown line.
 */

/** One fenced ```ts block. */
export interface DocBlock {
  /** The Markdown file, relative to the repository root (`README.md`). */
  readonly file: string;
  /** The line of the block's first code line, 1-based. */
  readonly line: number;
  /** The code. */
  readonly code: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/;

/** The ```ts and ```typescript blocks of a Markdown text, in order. */
export function extractBlocks(markdown: string, file: string): DocBlock[] {
  const lines = markdown.split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? "");
    if (open === null) continue;
    const fence = open[2] ?? "```";
    const lang = open[3] ?? "";
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? "").trim().startsWith(fence)) {
      body.push(lines[j] ?? "");
      j++;
    }
    if (lang === "ts" || lang === "typescript") {
      blocks.push({ file, line: i + 2, code: body.join("\n") });
    }
    i = j;
  }
  return blocks;
}

const SHOWN = /^(\s*)(.*?);?\s*\/\/=>\s*(.+?)\s*$/;

/** The number of `//=>` checks in a block. */
export function countChecks(block: DocBlock): number {
  return block.code.split("\n").filter((l) => SHOWN.test(l) && !/^\s*\/\//.test(l)).length;
}

/**
 * The block as a module: each `//=>` line becomes a check, and the checking
 * function is appended at the end (so the block's own lines keep their numbers
 * and its imports stay first).
 */
export function toModule(block: DocBlock): string {
  const out = block.code.split("\n").map((line, k) => {
    const m = SHOWN.exec(line);
    if (m === null || /^\s*\/\//.test(line)) return line;
    const [, indent = "", rawCode = "", rawExpected = ""] = m;
    const where = JSON.stringify(`${block.file}:${block.line + k}`);
    const log = /^console\.log\(([\s\S]*)\)$/.exec(rawCode.trim());
    const expr = log ? (log[1] ?? "") : rawCode;
    const approx = rawExpected.startsWith("≈");
    const expected = approx ? rawExpected.slice(1).trim() : rawExpected;
    const check = approx
      ? `__docApprox((${expr}), ${JSON.stringify(expected)}, ${where})`
      : `__docExpect((${expr}), (${expected}), ${where})`;
    return `${indent}${log ? `console.log(${check})` : check};`;
  });
  return `${out.join("\n")}\n${PRELUDE}`;
}

const PRELUDE = `
// ---- appended by test/docs/_blocks.ts: the checks of the //=> comments ----
function __docEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && __docEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
function __docExpect<T>(actual: T, expected: unknown, where: string): T {
  if (!__docEqual(actual, expected)) {
    throw new Error(\`\${where}: the README shows \${JSON.stringify(expected)}, the package gives \${JSON.stringify(actual)}\`);
  }
  return actual;
}
function __docApprox<T>(actual: T, expected: string, where: string): T {
  const digits = (expected.split(".")[1] ?? "").length;
  const tolerance = 0.5 * 10 ** -digits;
  if (typeof actual !== "number" || !(Math.abs(actual - Number(expected)) <= tolerance + 1e-12)) {
    throw new Error(\`\${where}: the README shows ≈ \${expected}, the package gives \${String(actual)}\`);
  }
  return actual;
}
`;
