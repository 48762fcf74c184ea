/**
 * The candidates closest to `input` by edit distance (case-insensitive), best
 * first, at most `limit`; a candidate that contains the input, or is
 * contained in it, counts as close.
 *
 * The work is bounded for any input: an input so much longer than every
 * candidate that none could be close (longer than 2 × the longest + the
 * threshold) is answered at once with none, so the edit distances cost at
 * most (that length × the longest candidate) steps per candidate.
 *
 * @internal
 */
export function _closest(input: string, candidates: readonly string[], limit = 5): string[] {
  // a candidate of length c scores at least n − 2c against an input of length n,
  // and is kept only with a score ≤ max(3, ⌊c/2⌋)
  const longest = candidates.reduce((m, c) => Math.max(m, c.length), 0);
  const reach = 2 * longest + Math.max(3, Math.floor(longest / 2));
  if (input.length > reach) return [];
  const needle = input.toLowerCase();
  if (needle.length > reach) return [];
  return candidates
    .map((candidate) => {
      const c = candidate.toLowerCase();
      const contains = needle.length > 0 && (c.includes(needle) || needle.includes(c));
      return { candidate, score: _editDistance(needle, c) - (contains ? c.length : 0) };
    })
    .filter(({ candidate, score }) => score <= Math.max(3, Math.floor(candidate.length / 2)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** Levenshtein distance. @internal */
export function _editDistance(a: string, b: string): number {
  // one row of the table, updated in place; `diagonal` is the cell above-left
  const row = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + Number(a[i - 1] !== b[j - 1]),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
