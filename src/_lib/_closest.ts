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
 *    input by Damerau–Levenshtein distance (an insertion, a deletion, a
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
 * The Damerau–Levenshtein distance (unrestricted: the fewest insertions,
 * deletions, substitutions and transpositions of two adjacent characters
 * that turn `a` into `b`, a transposed pair may be edited again), by
 * UTF-16 code unit, in (|a| + 2) × (|b| + 2) steps (Lowrance and Wagner).
 *
 * @internal
 */
export function _editDistance(a: string, b: string): number {
  const width = b.length + 2;
  const far = a.length + b.length;
  // d[(i + 1) * width + (j + 1)] = the distance of a[0, i) and b[0, j); row and column 0 are `far`
  const d = new Int32Array((a.length + 2) * width).fill(far);
  for (let i = 0; i <= a.length; i++) d[(i + 1) * width + 1] = i;
  for (let j = 0; j <= b.length; j++) d[width + j + 1] = j;
  // the last row of `a` where each character was seen, by the character's
  // index among those of `b` (a character not in `b` is never looked up)
  const index = new Map<number, number>();
  const bIndex = new Int32Array(b.length);
  for (let j = 0; j < b.length; j++) {
    const code = b.charCodeAt(j);
    const k = index.get(code) ?? index.size;
    index.set(code, k);
    bIndex[j] = k;
  }
  const lastRow = new Int32Array(index.size);
  for (let i = 1; i <= a.length; i++) {
    const code = a.charCodeAt(i - 1);
    let lastColumn = 0; // the last column of `b` in this row where the characters matched
    for (let j = 1; j <= b.length; j++) {
      const k = lastRow[bIndex[j - 1] as number] as number;
      const l = lastColumn;
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      if (cost === 0) lastColumn = j;
      d[(i + 1) * width + j + 1] = Math.min(
        (d[i * width + j] as number) + cost,
        (d[(i + 1) * width + j] as number) + 1,
        (d[i * width + j + 1] as number) + 1,
        (d[k * width + l] as number) + (i - k - 1) + 1 + (j - l - 1),
      );
    }
    const k = index.get(code);
    if (k !== undefined) lastRow[k] = i;
  }
  return d[(a.length + 1) * width + b.length + 1] as number;
}
