import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  conflicts,
  DATA_VERSION,
  indicators,
  observations,
  releases,
  VERSION,
} from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

describe("README.md", () => {
  it("has its sections in the agreed order", () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? "");
    const order = [
      /^What it is/,
      /^When to use it/,
      /^Install/,
      /^Use$/,
      /^API overview/,
      /^Data versioning/,
      /^Compatibility/,
      /^Security/,
      /^Related work/,
      /^Contributing/,
    ];
    const positions = order.map((re) => headings.findIndex((h) => re.test(h)));
    for (const [i, p] of positions.entries()) expect(p, String(order[i])).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("answers on its first screen what it is, where it stands now and how to get a series", () => {
    const first = readme.split("\n").slice(0, 50).join("\n");
    expect(first).toContain("npm install vn-digital-indicators");
    // where it stands now, the cheap way: a …Latest constant, with its date, status and publisher
    expect(first).toMatch(/\b[a-z][A-Za-z0-9]*Latest\b/);
    for (const field of [".observation.published", ".asOf", ".status", ".release.publisher"]) {
      expect(first).toContain(field);
    }
    expect(first).not.toMatch(/^import \{[^}]*\bgetObservation\b/m);
    // how to get a series
    expect(first).toMatch(/series\("[a-z0-9-]+"\)/);
    // and what it is, in Vietnamese too
    expect(first).toContain("Số liệu chuyển đổi số");
  });

  it("states the data set's size as it is (no stale count or version)", () => {
    const m =
      /Data set (\d+\.\d+\.\d+): (\d+)\s+releases, (\d+) published figures, (\d+)\s+indicators, (\d+)\s+recorded conflicts/.exec(
        readme,
      );
    expect(m, "README states the data set's size").not.toBeNull();
    expect(m?.slice(1).map(String)).toEqual([
      DATA_VERSION,
      String(releases.length),
      String(observations.length),
      String(indicators.length),
      String(conflicts.length),
    ]);
  });

  it("gives a newcomer the two commands, and shows the charts", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toMatch(/^npm test\b/m);
    expect(readme).toContain("](docs/progress.svg)");
    expect(readme).toContain("](docs/targets.svg)");
    expect(readme).toContain("npm:vn-digital-indicators");
    expect(readme).toContain("bun add vn-digital-indicators");
  });

  it("shows the jsr: import beside npm:, as ready to publish and not published", () => {
    const jsr = JSON.parse(readFileSync(join(root, "jsr.json"), "utf8")) as { name: string };
    expect(readme).toContain(`"jsr:${jsr.name}"`);
    expect(readme).toMatch(/ready\s+to\s+publish\s+to\s+\[JSR\]/);
    expect(readme).toMatch(/not\s+published\s+there\s+yet/);
    expect(readme).not.toMatch(/npx jsr add|deno add jsr:/);
  });

  it("links only to files that exist (README, guides, changelog)", () => {
    const files = [
      "README.md",
      "CHANGELOG.md",
      ...readdirSync(join(root, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => `docs/${f}`),
    ];
    for (const file of files) {
      const text = readFileSync(join(root, file), "utf8");
      for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1] ?? "";
        if (/^[a-z]+:/.test(target)) continue;
        expect(existsSync(join(root, dirname(file), target)), `${file} → ${target}`).toBe(true);
      }
    }
  });
});

/**
 * A version or a count written in prose goes stale when the data moves: every
 * one in the README, the guides and CITATION.cff that names the current data
 * set or package is checked here (the `//=>` results of their code blocks are
 * checked by blocks.test.ts). A line about an earlier version (it names 0.1.0
 * or 0.2.0, or says "was" / "went") is history, and is left as written.
 */
describe("no stale version or count in the README, the guides and CITATION.cff", () => {
  const files = [
    "README.md",
    "CITATION.cff",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const historical = /\b0\.[12]\.0\b|\bwas\b|\bwent\b|\bbefore\b|\bfrom \d/;

  it.each(files)("%s: the data version and the package version are today's", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    for (const line of text.split("\n")) {
      if (historical.test(line)) continue;
      for (const m of line.matchAll(
        /\b(?:data(?: set)?|DATA_VERSION[^\d\n]{0,12})\s*(\d+\.\d+\.\d+)/gi,
      )) {
        expect(m[1], `${file}: ${line.trim()}`).toBe(DATA_VERSION);
      }
      for (const m of line.matchAll(/vn-digital-indicators[@ ](\d+\.\d+\.\d+)/g)) {
        expect(m[1], `${file}: ${line.trim()}`).toBe(VERSION);
      }
    }
  });

  it.each(files)(
    "%s: a count of the data's releases, figures, indicators or conflicts is today's",
    (file) => {
      const text = readFileSync(join(root, file), "utf8").replace(/\s+/g, " ");
      const counts: [RegExp, number][] = [
        [/\b(\d+) releases\b/g, releases.length],
        [/\b(\d+) published figures\b/g, observations.length],
        [/\b(\d+) indicators\b/g, indicators.length],
        [/\b(\d+) recorded conflicts\b/g, conflicts.length],
      ];
      for (const [re, n] of counts) {
        for (const m of text.matchAll(re)) {
          const around = text.slice(Math.max(0, (m.index ?? 0) - 80), (m.index ?? 0) + 40);
          if (historical.test(around)) continue;
          expect(Number(m[1]), `${file}: …${around}…`).toBe(n);
        }
      }
    },
  );
});
