#!/usr/bin/env node
/**
 * The command line `vn-digital-indicators`: a client of the public API.
 * Built by tsup into dist/cli.js; nothing imports it.
 */
import { DATA_VERSION, latestRelease, observations, VERSION } from "../index.js";

const COMPARATOR_WORDS = {
  eq: "",
  approx: "about",
  gt: "more than",
  gte: "at least",
} as const;

function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - [...cell].length))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function list(): void {
  const rows = [
    ["id", "published", "qualifier", "period", "figure"],
    ...observations.map((o) => [
      o.id,
      o.published,
      COMPARATOR_WORDS[o.comparator],
      o.period === "report" ? `at report (${latestRelease.event.date})` : o.period,
      o.name.en,
    ]),
  ];
  process.stdout.write(
    `${latestRelease.title.en}\nData ${DATA_VERSION}, package ${VERSION}. Event: ${latestRelease.event.date}.\n\n${table(rows)}\n`,
  );
}

const [command = "list"] = process.argv.slice(2);
if (command === "list") {
  list();
} else if (command === "--version") {
  process.stdout.write(`${VERSION} (data ${DATA_VERSION})\n`);
} else {
  process.stderr.write(
    `vn-digital-indicators: unknown command "${command}"\nUsage: vn-digital-indicators list\n`,
  );
  process.exitCode = 2;
}
