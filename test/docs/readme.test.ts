import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

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

  it("shows on its first screen how to install and read a figure with its qualifier and source", () => {
    const first = readme.split("\n").slice(0, 40).join("\n");
    expect(first).toContain("npm install vn-digital-indicators");
    // the cheap path first: a named constant, not getObservation (which brings every figure)
    expect(first).toMatch(
      /^import \{[^}]*\bndxpTransactions2023Q1\b[^}]*\} from "vn-digital-indicators";$/m,
    );
    expect(first).not.toMatch(/^import \{[^}]*\bgetObservation\b/m);
    for (const field of [".published", ".comparator", ".quote"]) expect(first).toContain(field);
    // and says what it is in Vietnamese too
    expect(first).toContain("Số liệu chuyển đổi số");
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
