import { type ExecFileSyncOptions, execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROGRAM_HANG_MS } from "../_limits.js";

/** The repository root. */
export const root = join(import.meta.dirname, "..", "..");

/** The other Node versions, installed by `npm run setup:runtimes` (`npm ci` of test/runtimes). */
export function nodeBinary(major: 22 | 24): string {
  const bin = join(root, "test", "runtimes", "node_modules", `node${major}`, "bin", "node");
  if (!existsSync(bin)) {
    throw new Error(
      `Node ${major} is missing (${bin}): run \`npm run setup:runtimes\` (npm test does)`,
    );
  }
  return bin;
}

function firstWorking(candidates: readonly string[], name: string): string {
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: PROGRAM_HANG_MS });
    if (r.status === 0) return bin;
  }
  throw new Error(`${name} is missing (looked at ${candidates.join(", ")}): run \`npm ci\``);
}

/** Deno, from the npm package `deno` (its binary comes from `@deno/linux-x64-glibc`). */
export function denoBinary(): string {
  const nm = join(root, "node_modules");
  return firstWorking(
    [join(nm, "@deno", "linux-x64-glibc", "deno"), join(nm, ".bin", "deno")],
    "Deno",
  );
}

/**
 * Bun, from the npm package `bun`. Its postinstall moves the binary from
 * `@oven/bun-linux-x64/bin/bun` to `bun/bin/bun.exe`; without install scripts
 * `.bin/bun` is a stub, so try the platform package first.
 */
export function bunBinary(): string {
  const nm = join(root, "node_modules");
  return firstWorking(
    [
      join(nm, "@oven", "bun-linux-x64", "bin", "bun"),
      join(nm, "bun", "bin", "bun.exe"),
      join(nm, ".bin", "bun"),
    ],
    "Bun",
  );
}

/** Runs a program; on failure the error carries its stdout and stderr. */
export function run(bin: string, args: readonly string[], options: ExecFileSyncOptions): string {
  try {
    return execFileSync(bin, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: PROGRAM_HANG_MS,
      ...options,
    }).toString();
  } catch (error) {
    const e = error as { stdout?: Buffer | string; stderr?: Buffer | string; status?: number };
    throw new Error(
      `${bin} ${args.join(" ")} exited with ${String(e.status)}\n--- stdout\n${String(e.stdout ?? "")}\n--- stderr\n${String(e.stderr ?? "")}`,
    );
  }
}

/** Runs a program that must fail; returns its stdout + stderr. */
export function runFailing(
  bin: string,
  args: readonly string[],
  options: ExecFileSyncOptions,
): string {
  const r = spawnSync(bin, args, { encoding: "utf8", timeout: PROGRAM_HANG_MS, ...options });
  if (r.status === 0) throw new Error(`${bin} ${args.join(" ")} succeeded; it should fail`);
  return `${String(r.stdout)}${String(r.stderr)}`;
}
