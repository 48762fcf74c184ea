/**
 * The edits within which a candidate is a near miss: one or two edits
 * (insertions, deletions, substitutions, transpositions of two neighbours).
 */
const NEAR = 2;

/**
 * The one suggestion rule of every lookup (figures, indicators, releases,
 * conflicts, tasks, provinces, the command line's commands and options): the
 * candidates closest to `input`, case-insensitive, best first, at most `limit`.
 *
 * 1. Every *near miss* first: a candidate within one or two edits of the
 *    input by optimal-string-alignment distance (Damerau–Levenshtein restricted) (an insertion, a deletion, a
 *    substitution or a transposition of two neighbouring characters each
 *    count one), fewer edits first, where those edits change less than half
 *    of it (a two-character code is no near miss of every other one).
 * 2. Then the others as before: scored by edit distance, minus the
 *    candidate's length where one contains the other (so `community-tech`
 *    finds `community-tech-teams-2023-03-06`), kept with a score of at most
 *    max(3, half the candidate's length).
 *
 * Ties go by the candidates' order in `localeCompare`. A near miss is never
 * pushed out by a candidate that merely contains the input.
 *
 * The work is bounded for any input: an input so much longer than every
 * candidate that none could be close (longer than 2 × the longest + the
 * threshold, which is always more than the longest + 2, so no near miss is
 * lost) is answered at once with none, so the edit distances cost at most
 * (that length × the longest candidate) steps per candidate.
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
  const scored = candidates.map((candidate) => {
    const c = candidate.toLowerCase();
    const edits = _editDistance(needle, c);
    const contains = needle.length > 0 && (c.includes(needle) || needle.includes(c));
    return {
      candidate,
      near: edits <= NEAR && 2 * edits < c.length,
      // near misses first, by edits; then the others by score
      score: edits - (contains ? c.length : 0),
      edits,
    };
  });
  const near = scored
    .filter((s) => s.near)
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate));
  const rest = scored
    .filter((s) => !s.near && s.score <= Math.max(3, Math.floor(s.candidate.length / 2)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return [...near, ...rest].slice(0, limit).map(({ candidate }) => candidate);
}

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein restricted to
 * edits that do not touch a transposed pair again): the fewest insertions,
 * deletions, substitutions and swaps of two adjacent characters that turn
 * `a` into `b`, by UTF-16 code unit, in |a| × |b| steps over three rows.
 *
 * @internal
 */
export function _editDistance(a: string, b: string): number {
  // rows i-2, i-1 and i of the table; row 0 is the distance from ""
  let before: number[] = [];
  let above = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let d = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      row.push(d);
    }
    before = above;
    above = row;
  }
  return above[b.length] as number;
}
