import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "..", "..", "dist");

describe("the built main entry", () => {
  it("exists (npm test builds before vitest)", () => {
    expect(existsSync(join(dist, "index.js"))).toBe(true);
    expect(existsSync(join(dist, "index.cjs"))).toBe(true);
  });

  it("imports no zod and no root date-fns, in its text", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const text = readFileSync(join(dist, file), "utf8");
      expect(text).not.toMatch(/["']zod(\/[^"']*)?["']/);
      expect(text).not.toMatch(/["']date-fns["']/);
    }
  });

  it("loads no zod at run time (CJS require cache, ESM resolution)", () => {
    const cjs = execFileSync(
      process.execPath,
      [
        "-e",
        `require(${JSON.stringify(join(dist, "index.cjs"))});
         console.log(JSON.stringify(Object.keys(require.cache)))`,
      ],
      { encoding: "utf8" },
    );
    const loaded = JSON.parse(cjs) as string[];
    expect(loaded.some((p) => p.includes("index.cjs"))).toBe(true);
    expect(loaded.filter((p) => /[\\/]zod[\\/]/.test(p))).toEqual([]);

    const hook = `data:text/javascript,${encodeURIComponent(
      'export async function resolve(s, c, n) { const r = await n(s, c); console.error("RESOLVED " + r.url); return r; }',
    )}`;
    const register = `import { register } from "node:module"; register(${JSON.stringify(hook)});`;
    const esm = spawnSync(
      process.execPath,
      [
        "--no-warnings",
        "--import",
        `data:text/javascript,${encodeURIComponent(register)}`,
        "--input-type=module",
        "-e",
        `await import(${JSON.stringify(pathToFileURL(join(dist, "index.js")).href)})`,
      ],
      { encoding: "utf8" },
    );
    expect(esm.status).toBe(0);
    const resolved = esm.stderr.split("\n").filter((l) => l.startsWith("RESOLVED "));
    expect(resolved.some((l) => l.endsWith("/dist/index.js"))).toBe(true);
    expect(resolved.filter((l) => /[\\/]zod[\\/]/.test(l))).toEqual([]);
    expect(resolved.filter((l) => /[\\/]date-fns[\\/]index\.[cm]?js$/.test(l))).toEqual([]);
  });
});
