import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { brokenReason, relativeLinks } from "./_links.js";
import { root, run } from "./_tools.js";

/*
 * The docs as people install them: the packed tarball, unpacked, holds the
 * guides, the charts and the notebook, and every relative link and image of
 * the README, the changelog and the guides resolves inside it (a file that
 * exists, and a heading for a `#fragment` into a Markdown file).
 */

let packageDir = "";

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "vn-digital-indicators-unpacked-"));
  run("tar", ["-xzf", inject("tarball"), "-C", dir], {});
  packageDir = join(dir, "package");
});

/** The Markdown files of the package that people read: README, changelog, guides. */
function markdownFiles(): string[] {
  return [
    "README.md",
    "CHANGELOG.md",
    ...readdirSync(join(packageDir, "docs"))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `docs/${f}`),
  ];
}

describe("the docs in the packed package", () => {
  it("hold every guide, chart and the notebook of docs/ (and no generated API pages)", () => {
    const repo = readdirSync(join(root, "docs"))
      .filter((f) => /\.(md|svg|ipynb)$/.test(f))
      .sort();
    expect(repo.length).toBeGreaterThanOrEqual(6);
    expect(readdirSync(join(packageDir, "docs")).sort()).toEqual([...repo, "charts"].sort());
    expect(existsSync(join(packageDir, "CITATION.cff"))).toBe(true);
  });

  it("hold every chart's Vega-Lite spec, as in docs/charts/, reachable as vn-digital-indicators/charts/<name>.vl.json", () => {
    const repo = readdirSync(join(root, "docs", "charts"))
      .filter((f) => f.endsWith(".vl.json"))
      .sort();
    expect(repo.length).toBeGreaterThanOrEqual(5);
    expect(readdirSync(join(packageDir, "docs", "charts")).sort()).toEqual(repo);
    for (const f of repo) {
      expect(readFileSync(join(packageDir, "docs", "charts", f), "utf8")).toBe(
        readFileSync(join(root, "docs", "charts", f), "utf8"),
      );
      // each chart's SVG beside it
      expect(existsSync(join(packageDir, "docs", f.replace(/\.vl\.json$/, ".svg"))), f).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    expect(manifest.exports["./charts/*"]).toBe("./docs/charts/*");
  });

  it("every relative link and image of the README, the changelog and the guides resolves inside it", () => {
    const links = markdownFiles().flatMap((file) =>
      relativeLinks(readFileSync(join(packageDir, file), "utf8"), file),
    );
    const broken = links
      .map((l) => ({ l, why: brokenReason(packageDir, l) }))
      .filter((b) => b.why !== null)
      .map(({ l, why }) => `${l.file}:${l.line}: ${l.target} ${why}`);
    expect(broken).toEqual([]);
    // what is checked: the README's charts, guides and notebook among them
    const fromReadme = links.filter((l) => l.file === "README.md").map((l) => l.target);
    for (const t of [
      "docs/progress.svg",
      "docs/targets.svg",
      "docs/notebook.ipynb",
      "docs/reading-the-figures.md",
      "CHANGELOG.md",
      "LICENSE",
    ]) {
      expect(fromReadme).toContain(t);
    }
    expect(links.some((l) => l.file.startsWith("docs/"))).toBe(true);
  });

  it("a link to a file the package lacks, outside it, or to a missing heading is reported", () => {
    const text = [
      "![chart](docs/missing.svg) [up](../package.json) [ok](docs/versioning.md)",
      "[anchor](CHANGELOG.md#no-such-heading) [web](https://example.org/x) `[code](nope.md)`",
      "```md",
      "[in a fence](nope.md)",
      "```",
      '<img src="docs/nope.png"> [ref]: docs/gone.md',
    ].join("\n");
    const links = relativeLinks(text, "README.md");
    expect(links.map((l) => l.target)).toEqual([
      "docs/missing.svg",
      "../package.json",
      "docs/versioning.md",
      "CHANGELOG.md#no-such-heading",
      "docs/nope.png",
    ]);
    const reasons = links.map((l) => brokenReason(packageDir, l));
    expect(reasons).toEqual([
      "is not in the package",
      "points outside the package",
      null,
      "has no heading #no-such-heading",
      "is not in the package",
    ]);
    expect(relativeLinks("[ref]: docs/gone.md", "README.md").map((l) => l.target)).toEqual([
      "docs/gone.md",
    ]);
    expect(relative(packageDir, join(packageDir, "README.md"))).toBe("README.md");
  });
});
