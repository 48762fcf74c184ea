import type { Release } from "../../src/schema.js";
import { type GeneratedFile, readJson } from "./_shared.js";
import { readReleaseFiles } from "./data.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `2023-03-06` → `6 March 2023`. */
function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A YAML scalar: a double-quoted string (JSON's escapes are YAML's). */
function q(text: string): string {
  return JSON.stringify(text);
}

/** The city of a place written `Hà Nội, theo hình thức trực tuyến`. */
function city(place: string): string {
  return place.split(",")[0]?.trim() ?? place;
}

/** The sentences `cite` puts in a note, for the release. */
function notes(release: Release, version: string): string {
  const s = release.publisher.succession;
  return [
    `English title: ${release.title.en}.`,
    `Presented at the ${release.event.name.en} on ${longDate(release.event.date)}; the source text carries no date.`,
    s
      ? `The ${release.publisher.name.en} has been part of the ${s.successor.en} since ${longDate(s.date)}.`
      : null,
    `Data: vn-digital-indicators ${version}, ${release.id}@${release.version}.`,
  ]
    .filter((x) => x !== null)
    .join(" ");
}

/**
 * Makes `CITATION.cff` (Citation File Format 1.2.0) from package.json and the
 * latest release: the package as software, and as its preferred citation the
 * report the figures come from, pinned to the data version, as `cite` gives it.
 */
export function generate(): GeneratedFile[] {
  const latest = readReleaseFiles().at(-1);
  if (!latest) throw new Error("data/releases/ holds no release");
  const { release } = latest.data;
  const pkg = readJson("package.json") as {
    name: string;
    version: string;
    description: string;
    license: string;
    keywords: readonly string[];
    author: string;
  };
  const [year, month] = release.event.date.split("-").map(Number);
  const lines = [
    "# generated — do not edit.",
    `# Made by scripts/generate.ts from package.json, ${latest.file}; run \`npm run generate\` after changing those.`,
    "cff-version: 1.2.0",
    `message: ${q(`To cite the figures, cite the report they come from (preferred-citation) with the data version you used (${release.id}@${release.version}). For one figure: cite(observation, { format, release }), or npx vn-digital-indicators cite <id>.`)}`,
    "type: software",
    `title: ${q(pkg.name)}`,
    `abstract: ${q(pkg.description)}`,
    `version: ${q(pkg.version)}`,
    `license: ${pkg.license}`,
    "keywords:",
    ...pkg.keywords.map((k) => `  - ${q(k)}`),
    "authors:",
    `  - name: ${q(pkg.author)}`,
    "preferred-citation:",
    "  type: report",
    `  title: ${q(release.title.vi)}`,
    "  authors:",
    `    - name: ${q(release.publisher.name.vi)}`,
    "  institution:",
    `    name: ${q(release.publisher.name.vi)}`,
    `    city: ${q(city(release.event.place.vi))}`,
    "  conference:",
    `    name: ${q(release.event.name.vi)}`,
    `    city: ${q(city(release.event.place.vi))}`,
    `    date-start: ${release.event.date}`,
    `    date-end: ${release.event.date}`,
    `  year: ${year}`,
    `  month: ${month}`,
    "  languages:",
    `    - ${release.source.language}`,
    `  version: ${q(`${release.id}@${release.version}`)}`,
    ...(release.source.url ? [`  url: ${q(release.source.url)}`] : []),
    `  notes: ${q(notes(release, pkg.version))}`,
    "",
  ];
  return [{ path: "CITATION.cff", content: lines.join("\n") }];
}
