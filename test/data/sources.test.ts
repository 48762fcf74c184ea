import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readSource, SOURCES } from "../_source.js";

/** Every file under a folder, as paths relative to it. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? walk(join(dir, e.name)).map((p) => `${e.name}/${p}`)
      : [relative(dir, join(dir, e.name))],
  );
}

describe("data/sources: the texts the data was compiled from, in the repository", () => {
  it("holds the report's text, byte for byte as handed over (SHA-256), in NFC", () => {
    const bytes = readFileSync(join(SOURCES, "mic-2023-q1-briefing.vi.txt"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "df491d8fd6b67429d1605484f5200146c023a98ea1d6175fc96a3b3a5efcbce5",
    );
    const text = readSource("mic-2023-q1-briefing.vi.txt");
    expect(text.normalize("NFC")).toBe(text);
    expect(text.startsWith("Báo cáo của Bộ Thông tin và Truyền thông")).toBe(true);
  });

  it("describes every file it holds, with its provenance", () => {
    const readme = readSource("README.md");
    const provinces = readSource("provinces/SOURCE.md");
    for (const path of walk(SOURCES)) {
      if (path === "README.md") continue;
      const [dir, name] = path.includes("/") ? path.split("/") : ["", path];
      const described = dir === "provinces" ? provinces : readme;
      expect(described, `${path} is not described`).toContain(`\`${name}\``);
    }
  });
});
