/** The width of a text in a terminal (code points; the data has no wide characters). @internal */
export function _width(text: string): number {
  return [...text.normalize("NFC")].length;
}

/**
 * Rows as an aligned plain-text table (two spaces between columns). When
 * `maxWidth` is given, the last column is wrapped at spaces to fit it, its
 * continuation lines aligned under it; a line break in a last cell starts a
 * new line there, and a line indented by spaces keeps its indent when wrapped.
 *
 * @internal
 */
export function _table(rows: readonly (readonly string[])[], maxWidth?: number): string {
  const count = rows[0]?.length ?? 0;
  const widths = Array.from({ length: count }, (_, i) =>
    Math.max(...rows.map((r) => Math.max(...(r[i] ?? "").split("\n").map(_width)))),
  );
  const indent = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const room = maxWidth === undefined ? Number.POSITIVE_INFINITY : maxWidth - indent;
  return rows
    .map((r) => {
      const head = r
        .slice(0, -1)
        .map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - _width(cell)))
        .join("  ");
      // a part indented by spaces keeps its indent on each of its lines
      const last = (r[count - 1] ?? "").split("\n").flatMap((part) => {
        const lead = /^ */.exec(part)?.[0] ?? "";
        const width = room - lead.length < 24 ? Number.POSITIVE_INFINITY : room - lead.length;
        return _wrap(part.slice(lead.length), width).map((piece) => lead + piece);
      });
      return last
        .map((piece, j) =>
          `${j === 0 ? head : " ".repeat(indent - 2)}${count > 1 ? "  " : ""}${piece}`.trimEnd(),
        )
        .join("\n");
    })
    .join("\n");
}

/** Splits a text at spaces into lines of at most `width` (a longer word stands alone). @internal */
export function _wrap(text: string, width: number): string[] {
  if (_width(text) <= width) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && _width(line) + 1 + _width(word) > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

/** A value as one TSV field: tabs and line breaks become spaces. */
function _tsvField(value: string | number | boolean | null): string {
  return value === null ? "" : String(value).replace(/[\t\r\n]+/g, " ");
}

/** Rows as TSV: each value a {@link _tsvField}, tab-separated, every line ended by `\n`. @internal */
export function _tsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => `${row.map(_tsvField).join("\t")}\n`).join("");
}
