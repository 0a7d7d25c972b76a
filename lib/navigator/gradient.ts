// The layer's colours: the site's own coverage greens, light for one detection, dark for the most.
export const GRADIENT_COLORS = ['#d1faee', '#14b892', '#0d765f'] as const;

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const hex = (parts: number[]) => `#${parts.map((p) => Math.round(p).toString(16).padStart(2, '0')).join('')}`;

/** The colour the Navigator gives `value` on a gradient of evenly spaced stops from min to max. */
export function colorAt(value: number, min: number, max: number, stops: readonly string[] = GRADIENT_COLORS): string {
  const first = stops[0] ?? '#ffffff';
  if (max <= min || stops.length < 2) return stops.at(-1) ?? first;
  const at = (Math.min(max, Math.max(min, value)) - min) / (max - min);
  const span = at * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(span));
  const [a, b] = [rgb(stops[i] ?? first), rgb(stops[i + 1] ?? first)];
  return hex(a.map((x, k) => x + ((b[k] ?? x) - x) * (span - i)));
}
