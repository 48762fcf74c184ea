/**
 * Reads the `- **Category**` list of the README's API overview: in it, every
 * `code` span that starts with an identifier is an export name
 * (`getObservation(id)` names getObservation).
 */

/** The names listed under each `- **Category**` item of the section. */
export function listedNames(section: string): Map<string, string> {
  const listed = new Map<string, string>();
  let category: string | null = null;
  for (const line of section.split("\n")) {
    const item = /^- \*\*([A-Za-z]+)\*\*/.exec(line);
    if (item) category = item[1] ?? null;
    else if (!/^\s+\S/.test(line)) category = null; // the list ended
    if (category === null) continue;
    for (const m of line.matchAll(/`([A-Za-z_$][\w$]*)(?:\([^`]*\))?`/g)) {
      const name = m[1] ?? "";
      const before = listed.get(name);
      if (before !== undefined && before !== category) {
        throw new Error(`README lists \`${name}\` under both ${before} and ${category}`);
      }
      listed.set(name, category);
    }
  }
  return listed;
}
