/**
 * How long a program that a test runs (npm, tsc, tsup, Deno, Bun, Chromium,
 * Jupyter, Python) may take before it counts as hung and is stopped, failing
 * the test. This is not a speed check (speed is `npm run bench`'s): on this
 * shared 2-core machine a `tsc` that takes 5 s alone took 13 s beside one
 * other test run, and longer with two busy loops beside it, so any bound near
 * the usual time fails by chance. Only a program that stops altogether should
 * reach this one.
 */
export const PROGRAM_HANG_MS = 300_000;

/**
 * The same for a test or a hook, which may run a few such programs one after
 * another (vitest's default of 5 s, or the 30 s this project had, failed tests
 * by chance on a busy machine).
 */
export const TEST_HANG_MS = 2 * PROGRAM_HANG_MS;
