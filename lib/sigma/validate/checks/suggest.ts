/**
 * The candidate closest to `word` by edit distance, if it is close enough to be a plausible typo and no other
 * candidate is as close ('selection_3' between 'selection_1' and 'selection_2' suggests nothing).
 */
export function closest(word: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  let tied = false;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a long word costs nothing against short candidates.
    if (Math.abs(candidate.length - word.length) > bestDistance) continue;
    const d = editDistance(lower, candidate.toLowerCase(), maxDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance && candidate !== best) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

/**
 * Levenshtein distance with adjacent transpositions counted as one edit ('contians' is one edit from 'contains').
 * With a `bound`, any distance above it is returned as bound + 1, and only the cells within `bound` of the
 * diagonal are computed: comparing two long names then costs their length, not its square.
 */
export function editDistance(a: string, b: string, bound = Math.max(a.length, b.length)): number {
  const n = a.length;
  const m = b.length;
  const over = bound + 1;
  if (Math.abs(n - m) > bound) return over;
  // Three rows: two back (transpositions), the previous one, and the one being filled. Cells beside the band
  // hold `over`, which no path through them can beat.
  let before = new Int32Array(m + 1).fill(over);
  let previous = new Int32Array(m + 1).fill(over);
  let row = new Int32Array(m + 1).fill(over);
  for (let j = 0; j <= Math.min(m, bound); j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(m, i + bound);
    // Rows are reused: reset the cells just outside the band, the only ones the band's neighbours read.
    row[from - 1] = from === 1 && i <= bound ? i : over;
    if (to < m) row[to + 1] = over;
    let best = row[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      value = Math.min(value, over);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > bound) return over;
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[m] as number, over);
}
