#!/usr/bin/env node
/**
 * The command line `vn-digital-indicators` (the package's `bin`): a client of
 * the public API. Built by tsup into dist/cli.js; nothing imports it. Run
 * `vn-digital-indicators --help`.
 */
import { _run } from "./_run.js";

/**
 * Output that cannot be written: a reader that stops early (`| head`, EPIPE)
 * is not an error (exit 0, silently); anything else (a full disk, ENOSPC; a
 * closed descriptor, EBADF …) is one line on stderr and exit 1, never a stack
 * trace.
 */
function writeFailed(error: unknown): never {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (e?.code === "EPIPE") process.exit(0);
  const why = typeof e?.message === "string" ? e.message : String(error);
  try {
    process.stderr.write(`vn-digital-indicators: cannot write the output: ${why}\n`);
  } catch {
    // stderr cannot be written either: the exit code says it
  }
  process.exit(1);
}

process.stdout.on("error", writeFailed);
// stderr that cannot be written: nothing to tell, the exit code stands
process.stderr.on("error", () => {});

const result = _run(process.argv.slice(2), {
  isTTY: process.stdout.isTTY === true,
  // a terminal that reports no size (0 or undefined) gets 80 columns
  columns: process.stdout.columns || 80,
});
try {
  // to a file, stdout writes synchronously and throws; to a pipe, it emits "error"
  if (result.stdout !== "") process.stdout.write(result.stdout);
} catch (error) {
  writeFailed(error);
}
process.exitCode = result.code;
try {
  if (result.stderr !== "") process.stderr.write(result.stderr);
} catch {
  // as above: the exit code stands
}
