// Which two revisions the history page compares: the ones asked for in `?from=&to=` when both exist, else the
// newest against the one before it. An older revision is always on the left.

export function chooseComparison(
  numbers: readonly number[],
  fromRaw: string | undefined,
  toRaw: string | undefined,
): { from: number; to: number } | null {
  if (numbers.length < 2) return null;
  const known = new Set(numbers);
  const parse = (raw: string | undefined) => (raw && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null);
  const from = parse(fromRaw);
  const to = parse(toRaw);
  if (from !== null && to !== null && from !== to && known.has(from) && known.has(to)) {
    return { from: Math.min(from, to), to: Math.max(from, to) };
  }
  const sorted = [...numbers].sort((a, b) => b - a);
  return { from: sorted[1] as number, to: sorted[0] as number };
}
