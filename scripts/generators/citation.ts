import { formatPeriod, type Publisher, type Release, type ReportEvent } from "../../src/index.js";
import { readDataSet, reportRelease } from "./_dataset.js";
import { type GeneratedFile, readPackageJson } from "./_shared.js";

/** `2023-03-06` → `6 March 2023`, as the package writes a day in English. */
function longDate(date: string): string {
  return formatPeriod(date, { locale: "en" });
}

/** A YAML scalar: a double-quoted string (JSON's escapes are YAML's). */
function q(text: string): string {
  return JSON.stringify(text);
}

/** The city of a place written `Hà Nội, theo hình thức trực tuyến`. */
function city(place: string): string {
  return place.split(",")[0]?.trim() ?? place;
}

/** The sentences `cite` puts in a note, for the report's release. */
function notes(
  release: Release,
  event: ReportEvent & { date: string },
  publisher: Publisher,
  version: string,
  dataVersion: string,
): string {
  const s = publisher.succession;
  return [
    `English title: ${release.title.en}.`,
    `Presented at the ${event.name.en} on ${longDate(event.date)}; the source text carries no date.`,
    s
      ? `The ${publisher.name.en} has been part of the ${s.successor.en} since ${longDate(s.date)}.`
      : null,
    `Data: vn-digital-indicators ${version}, ${release.id}@${release.version}, data ${dataVersion}.`,
  ]
    .filter((x) => x !== null)
    .join(" ");
}

/**
 * Makes `CITATION.cff` (Citation File Format 1.2.0) from package.json and the
 * data: the package as software; as its preferred citation the Q1/2023 report,
 * pinned to its data version, as `cite` gives it; and as references the
 * public pages the other releases come from.
 */
export function generate(): GeneratedFile[] {
  const data = readDataSet();
  const release = reportRelease(data);
  const { event, publisher } = release;
  if (!event?.date || !event.place || !publisher) {
    throw new Error("the report has a dated event with a place, and a publisher");
  }
  const dated = { ...event, date: event.date };
  const pages = data.releases.filter((r) => !r.release.source.quotes && r.release.source.url);
  const pkg = readPackageJson();
  const [year, month] = event.date.split("-").map(Number);
  const lines = [
    "# generated — do not edit.",
    `# Made by scripts/generate.ts from package.json and data/; run \`npm run generate\` after changing those.`,
    "cff-version: 1.2.0",
    `message: ${q(`To cite the figures, cite the report they come from (preferred-citation) with the data version you used (${release.id}@${release.version}; data set ${data.version}). A figure of another release: cite(observation, { format, release }) names its page. For one figure: cite(observation, { format, release }), or npx vn-digital-indicators cite <id>.`)}`,
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
    `    - name: ${q(publisher.name.vi)}`,
    "  institution:",
    `    name: ${q(publisher.name.vi)}`,
    `    city: ${q(city(event.place.vi))}`,
    "  conference:",
    `    name: ${q(event.name.vi)}`,
    `    city: ${q(city(event.place.vi))}`,
    `    date-start: ${event.date}`,
    `    date-end: ${event.date}`,
    `  year: ${year}`,
    `  month: ${month}`,
    "  languages:",
    `    - ${release.source.language}`,
    `  version: ${q(`${release.id}@${release.version}`)}`,
    ...(release.source.url ? [`  url: ${q(release.source.url)}`] : []),
    `  notes: ${q(notes(release, dated, publisher, pkg.version, data.version))}`,
    "references:",
    ...pages.flatMap(({ release: r }) => [
      "  - type: webpage",
      `    title: ${q(r.title.vi)}`,
      "    authors:",
      `      - name: ${q(r.source.printedBy ?? r.id)}`,
      `    url: ${q(r.source.url ?? "")}`,
      ...(r.source.date && /^\d{4}-\d{2}-\d{2}$/.test(r.source.date)
        ? [`    date-published: ${r.source.date}`]
        : []),
      `    notes: ${q(`${r.title.en}. Release ${r.id}@${r.version} of vn-digital-indicators (facts only).`)}`,
    ]),
    "",
  ];
  return [{ path: "CITATION.cff", content: lines.join("\n") }];
}
