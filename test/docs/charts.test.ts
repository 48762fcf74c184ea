import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { generate } from "../../scripts/generators/charts.js";
import { observations as allObservations } from "../../src/index.js";
import { PROGRAM_HANG_MS } from "../_limits.js";
import { findChromium, INSTALL_CHROMIUM, needSystem } from "../_system.js";

/** The Q1/2023 report's figures (what the exports and charts show). */
const observations = allObservations.filter((o) => o.release === "mic-2023-q1");

const root = join(import.meta.dirname, "..", "..");
const charts = generate();

/** The size an SVG declares. */
function size(svg: string): { width: number; height: number } {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(svg) as {
    svg: { width: string; height: string };
  };
  return { width: Number(parsed.svg.width), height: Number(parsed.svg.height) };
}

describe("the SVG charts under docs/", () => {
  it("are the two charts, and on disk as the script makes them from data/ now", () => {
    expect(charts.map((c) => c.path)).toEqual(["docs/progress.svg", "docs/targets.svg"]);
    for (const chart of charts) {
      const onDisk = readFileSync(join(root, chart.path), "utf8");
      expect(onDisk === chart.content, `${chart.path} is stale: run \`npm run generate\``).toBe(
        true,
      );
    }
  });

  it.each(charts.map((c) => [c.path, c] as const))("%s is well-formed XML with a size", (_, c) => {
    expect(XMLValidator.validate(c.content)).toBe(true);
    const { width, height } = size(c.content);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    expect(c.content).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it("the progress chart has every part-of-whole figure, labelled in Vietnamese and English", () => {
    const svg = charts[0]?.content ?? "";
    const parts = observations.filter((o) => o.kind === "partOfWhole");
    expect(parts.map((o) => o.published)).toEqual([
      "19/22",
      "63/63",
      "4/22",
      "62/63",
      "63/63",
      "48/63",
    ]);
    for (const o of parts) {
      expect(svg).toContain(`<g id="${o.id}">`);
      expect(svg).toContain(`>${o.published}</text>`);
      expect(svg).toContain(o.name.vi);
      expect(svg).toContain(o.name.en);
    }
    // one cell per unit of every whole, filled for the part
    expect(svg.match(/<rect [^>]*height="18"/g)?.length).toBe(22 + 63 + 22 + 63 + 63 + 63);
    expect(svg.match(/fill="#2f7d4f"/g)?.length).toBe(19 + 63 + 4 + 62 + 63 + 48);
    expect(svg).toContain("86,36% (vi) · 86.36% (en)");
    expect(svg).toContain("còn tỉnh Phú Yên");
  });

  it("the targets chart has every target with its progress figure and the intervals the qualifiers allow", () => {
    const svg = charts[1]?.content ?? "";
    const targets = observations.filter((o) => o.kind === "target");
    expect(targets.map((o) => o.id)).toEqual([
      "fully-online-services-target-2023",
      "ndxp-transactions-target-2023",
    ]);
    for (const o of targets) {
      expect(svg).toContain(`<g id="${o.id}">`);
      expect(svg).toContain(o.name.vi);
      expect(svg).toContain(o.name.en);
      expect(svg).toContain(`>${o.published}</text>`);
    }
    expect(svg).toContain(">74,72%</text>");
    expect(svg).toContain(">hơn 111 triệu</text>");
    // bounds(): 74,72% → [74.715, 74.725); hơn 111 triệu → (111, ∞); tối thiểu 860 triệu → [860, ∞)
    expect(svg).toContain("[74,715; 74,725) %");
    expect(svg).toContain("[74.715, 74.725) %");
    expect(svg).toContain("(111; ∞) triệu");
    expect(svg).toContain("(111, ∞) million");
    expect(svg).toContain("[860, ∞) million");
  });

  it("render in headless Chromium to a PNG that is not blank", (ctx) => {
    const chromium = findChromium();
    needSystem(ctx, "Chromium", chromium !== null, INSTALL_CHROMIUM);
    const work = mkdtempSync(join(tmpdir(), "vn-digital-indicators-charts-"));
    try {
      for (const chart of charts) {
        const { width, height } = size(chart.content);
        const png = join(work, `${chart.path.replace(/\W+/g, "-")}.png`);
        const profile = join(work, `profile-${chart.path.replace(/\W+/g, "-")}`);
        mkdirSync(profile);
        const r = spawnSync(
          chromium ?? "chromium",
          [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            `--user-data-dir=${profile}`,
            `--window-size=${width},${height}`,
            `--screenshot=${png}`,
            pathToFileURL(join(root, chart.path)).href,
          ],
          { encoding: "utf8", timeout: PROGRAM_HANG_MS },
        );
        expect(r.status, r.stderr).toBe(0);
        const image = PNG.sync.read(readFileSync(png));
        expect(image.width).toBe(width);
        expect(image.height).toBe(height);
        const colours = new Set<number>();
        let green = 0;
        let nonWhite = 0;
        for (let i = 0; i < image.data.length; i += 4) {
          const [r8, g8, b8] = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
          colours.add((r8 << 16) | (g8 << 8) | b8);
          if (r8 < 250 || g8 < 250 || b8 < 250) nonWhite++;
          // the bars' green (#2f7d4f), within anti-aliasing
          if (Math.abs(r8 - 0x2f) < 12 && Math.abs(g8 - 0x7d) < 12 && Math.abs(b8 - 0x4f) < 12)
            green++;
        }
        const pixels = image.width * image.height;
        expect(colours.size, `${chart.path} rendered uniform`).toBeGreaterThan(20);
        expect(nonWhite / pixels, `${chart.path} rendered almost blank`).toBeGreaterThan(0.05);
        expect(green / pixels, `${chart.path} shows no bar`).toBeGreaterThan(0.01);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
