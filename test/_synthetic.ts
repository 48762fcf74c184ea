import { mic2023Q1, type Publisher, type Release } from "../src/index.js";

/**
 * A release made here, not data: the report's shape, with its own id,
 * publisher, made-public day and site (read on 2026-12-03), for tests that
 * read the vintage rules on figures of their own.
 */
export function syntheticRelease(
  id: string,
  publisher: Publisher | null,
  madePublic: Release["madePublic"],
  printedBy: string,
): Release {
  return {
    ...mic2023Q1,
    id,
    publisher,
    madePublic,
    source: { ...mic2023Q1.source, printedBy, accessed: "2026-12-03" },
  };
}
