import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corrections, DATA_VERSION, VERSION } from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

/** The `## [version] - date` sections, newest first, with their text. */
function sections(): { version: string; date: string | null; body: string }[] {
  const parts = changelog.split(/^## /m).slice(1);
  return parts.map((part) => {
    const heading = part.split("\n")[0] ?? "";
    const m = /^\[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/.exec(heading);
    if (m === null) throw new Error(`CHANGELOG.md: malformed heading "## ${heading}"`);
    return { version: m[1] ?? "", date: m[2] ?? null, body: part };
  });
}

const KINDS = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];

describe("CHANGELOG.md (Keep a Changelog)", () => {
  const all = sections();
  const released = all.filter((s) => s.version !== "Unreleased");

  it("its newest version is package.json's, and the code reports it", () => {
    expect(released[0]?.version).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
  });

  it("versions are semantic, dated, newest first; only Unreleased may stand above them", () => {
    for (const [i, s] of all.entries()) {
      if (s.version === "Unreleased") {
        expect(i).toBe(0);
        continue;
      }
      expect(s.version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const dates = released.map((s) => s.date ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("each version lists its Data changes apart from its Code changes, by Keep a Changelog's kinds", () => {
    for (const s of all) {
      const subsections = [...s.body.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
      expect(subsections, `## [${s.version}]`).toEqual(["Data", "Code"]);
      for (const m of s.body.matchAll(/^#### (.+)$/gm)) expect(KINDS).toContain(m[1]);
    }
  });

  it("the newest version names the data version it carries and every correction", () => {
    const newest = released[0]?.body ?? "";
    expect(newest).toContain(DATA_VERSION);
    for (const c of corrections) {
      const section = all.find((s) => s.version === c.version);
      expect(section?.body, `correction of ${c.observation} in ${c.version}`).toContain(
        c.observation,
      );
    }
    if (corrections.length === 0) expect(newest).toContain("Corrections: none.");
  });
});
