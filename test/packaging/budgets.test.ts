import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Bundle,
  budgets,
  bundleAll,
  bundleHelpers,
  type ConsumerName,
  canonicalJsonPath,
  canonicalObservationsJson,
  gzipSize,
  HELPER_TARGET,
  type HelperName,
  helperBudgets,
  helpers,
} from "../../scripts/_bundleSizes.js";
import { makeConsumer } from "../_consumer.js";
import { root } from "./_tools.js";

/*
 * Bundle-size budgets, on the packed tarball installed in a consumer (esbuild,
 * minified, gzip -9; sizes are deterministic, so exact limits are safe).
 */

interface Release {
  readonly observations: readonly { readonly id: string; readonly quote: string }[];
}

/** Every string of the data set long enough to be unmistakable. */
function dataTexts(): string[] {
  const texts = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      // ids (hyphenated), names, quotes, notes; not the model's literals ("partOfWhole").
      // (not dates: a message may give one as an example, "2023-02-21")
      if (v.length >= 10 && /[\s-]/.test(v) && !/^\d{4}-\d{2}-\d{2}$/.test(v)) texts.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(canonicalJsonPath, "utf8")));
  walk(JSON.parse(readFileSync(join(root, "data", "indicators.json"), "utf8")));
  return [...texts];
}

let bundles: Record<ConsumerName, Bundle>;
let helperBundles: Record<HelperName, Bundle>;
let consumer: string;
const limit = budgets();
const helperLimit = helperBudgets();

beforeAll(async () => {
  consumer = makeConsumer("budgets", inject("tarball"));
  [bundles, helperBundles] = await Promise.all([bundleAll(consumer), bundleHelpers(consumer)]);
});

describe("bundle-size budgets (esbuild minified, gzip -9)", () => {
  describe(`every helper bundled alone: under its limit (target ${HELPER_TARGET + 1} B, issue 21), and none of the data set's text`, () => {
    it.each(helpers)("%s", (name) => {
      const b = helperBundles[name];
      expect(b.gzip, `${name}: ${b.gzip} B`).toBeLessThanOrEqual(helperLimit[name]);
      const texts = dataTexts();
      expect(texts.length).toBeGreaterThan(100);
      expect(texts.filter((t) => b.text.includes(t))).toEqual([]);
    });

    it("a stated exception only where the target is not met (one met locks the gain in)", () => {
      for (const name of helpers) {
        if (helperLimit[name] !== HELPER_TARGET) {
          expect(helperBundles[name].gzip, `${name}: remove its exception`).toBeGreaterThan(
            HELPER_TARGET,
          );
        }
      }
    });

    it("every function of the helpers' rooms is in the list", () => {
      const index = readFileSync(join(root, "src", "index.ts"), "utf8");
      const rooms = [
        ...index.matchAll(
          /export \{([^}]*)\} from "\.\/(?:metrics|bounds|periods|numbers|projections)\//g,
        ),
      ];
      const functions = rooms
        .flatMap((m) => (m[1] ?? "").split(","))
        .map((name) => name.trim())
        .filter((name) => /^[a-z]/.test(name) && !name.startsWith("type "));
      expect(functions.length).toBeGreaterThan(20);
      expect(functions.filter((f) => !(helpers as readonly string[]).includes(f))).toEqual([]);
    });
  });

  it(`a consumer of one observation's named constant: ≤ ${limit.constant} B (< 1 KB), and no other observation`, () => {
    expect(bundles.constant.gzip).toBeLessThanOrEqual(limit.constant);
    const release = JSON.parse(readFileSync(canonicalJsonPath, "utf8")) as Release;
    const own = release.observations.find((o) => o.id === "fully-online-services-share");
    expect(bundles.constant.text).toContain(own?.quote);
    const others = release.observations
      .filter((o) => o.id !== own?.id && !(own?.quote ?? "").includes(o.quote))
      .map((o) => o.quote);
    expect(others.length).toBeGreaterThan(20);
    expect(others.filter((q) => bundles.constant.text.includes(q))).toEqual([]);
  });

  it(`a consumer of one series' named constant: ≤ ${limit.series} B, and only its own releases`, () => {
    expect(bundles.series.gzip).toBeLessThanOrEqual(limit.series);
    const releases = readdirSync(join(root, "data", "releases")).map(
      (f) =>
        JSON.parse(readFileSync(join(root, "data", "releases", f), "utf8")) as {
          release: { id: string; source: { url: string | null } };
          observations: { indicator: string }[];
        },
    );
    const own = releases.filter((r) =>
      r.observations.some((o) => o.indicator === "community-tech-teams"),
    );
    const others = releases.filter((r) => !own.includes(r) && r.release.source.url !== null);
    expect(own.length).toBeGreaterThan(5);
    expect(others.length).toBeGreaterThan(5);
    for (const r of own) expect(bundles.series.text).toContain(`"${r.release.id}"`);
    for (const r of others) {
      expect(bundles.series.text, r.release.id).not.toContain(r.release.source.url as string);
    }
  });

  it("a consumer of `observations`: within 1 KB of the canonical JSON's gzip size", () => {
    const json = gzipSize(canonicalObservationsJson());
    expect(limit.observations).toBe(json + 1024);
    expect(bundles.observations.gzip).toBeLessThanOrEqual(limit.observations);
  });

  it(`the whole main entry: ≤ ${limit.main} B (target < 12 KB)`, () => {
    expect(bundles.main.gzip).toBeLessThanOrEqual(limit.main);
  });

  it("the main entry's module graph: one file, no zod, no date-fns module (esbuild metafile)", () => {
    const graph = bundles.main.inputs;
    // date-fns' few functions are bundled into dist (tsup noExternal): the main
    // entry imports nothing at run time
    expect(graph).toHaveLength(1);
    expect(graph[0]).toMatch(/vn-digital-indicators\/dist\/index\.js$/);
    expect(graph.filter((p) => /(^|\/)node_modules\/(zod|date-fns)\//.test(p))).toEqual([]);
    const installed = join(consumer, "node_modules", "vn-digital-indicators", "dist");
    for (const file of ["index.js", "index.cjs"]) {
      const text = readFileSync(join(installed, file), "utf8");
      expect(text, file).not.toMatch(/^import [^(]|\bimport\(|\brequire\(|\bfrom "/m);
    }
  });

  it("the ./schema entry does bring zod (so the check above can fail)", () => {
    expect(bundles.schema.inputs.some((p) => /(^|\/)node_modules\/zod\//.test(p))).toBe(true);
  });
});
