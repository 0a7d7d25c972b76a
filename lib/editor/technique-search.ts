// The technique picker's search: an ATT&CK ID (or the start of one) or words of a technique's name. Exact IDs first,
// then IDs that start with what was typed, then names that start with it, then names holding every word.

export interface TechniqueOption {
  id: string;
  name: string;
  /** The parent technique's name, for a sub-technique ("Automated Exfiltration: Traffic Duplication"). */
  parentName?: string;
}

function rank(option: TechniqueOption, query: string, words: string[]): number | null {
  const id = option.id.toLowerCase();
  const name = `${option.parentName ? `${option.parentName}: ` : ''}${option.name}`.toLowerCase();
  if (id === query) return 0;
  if (id.startsWith(query)) return 1;
  if (option.name.toLowerCase().startsWith(query)) return 2;
  if (words.every((w) => name.includes(w) || id.includes(w))) return 3;
  return null;
}

export function findTechniques(
  options: readonly TechniqueOption[],
  typed: string,
  { limit = 12, exclude = [] as readonly string[] } = {},
): TechniqueOption[] {
  const query = typed.trim().toLowerCase();
  if (!query) return [];
  const words = query.split(/\s+/);
  const skip = new Set(exclude);
  return options
    .filter((o) => !skip.has(o.id))
    .map((o) => ({ o, r: rank(o, query, words) }))
    .filter((x): x is { o: TechniqueOption; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.o.id.localeCompare(b.o.id, 'en', { numeric: true }))
    .slice(0, limit)
    .map((x) => x.o);
}

export interface DetectionOption {
  slug: string;
  title: string;
}

/** The related-detections picker's search: every word typed appears in the slug or the title. */
export function findDetections(
  options: readonly DetectionOption[],
  typed: string,
  { limit = 10, exclude = [] as readonly string[] } = {},
): DetectionOption[] {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const skip = new Set(exclude);
  return options
    .filter((d) => !skip.has(d.slug) && words.every((w) => `${d.slug} ${d.title.toLowerCase()}`.includes(w)))
    .slice(0, limit);
}
