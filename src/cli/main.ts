#!/usr/bin/env node
/**
 * The command line `vn-digital-indicators` (the package's `bin`): a client of
 * the public API. Built by tsup into dist/cli.js; nothing imports it. Run
 * `vn-digital-indicators --help`.
 */
import { _run } from "./_run.js";

// a reader that stops early (`| head`) is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const result = _run(process.argv.slice(2), {
  isTTY: process.stdout.isTTY === true,
  // a terminal that reports no size (0 or undefined) gets 80 columns
  columns: process.stdout.columns || 80,
});
if (result.stdout !== "") process.stdout.write(result.stdout);
if (result.stderr !== "") process.stderr.write(result.stderr);
process.exitCode = result.code;
