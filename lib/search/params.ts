import { z } from 'zod';
import { isTechniqueId } from '../attack/ids';
import { SLUG_PATTERN } from '../slug';
import { SEVERITIES } from '../vocabulary';
import { MAX_Q_LENGTH, QUERY_FILTERS, type QueryFilter, type SearchQuery } from './query';

// The search URL (`/search?q=&tactic=&technique=&platform=&severity=&source=&status=&page=`) is the state of a search.
// Parsing never throws: a bad value is dropped and reported, so the page can ignore it and the API can refuse it.

export { MAX_Q_LENGTH, type SearchQuery, type Severity, toSearchParams } from './query';

// Far beyond any real catalog; it only keeps a hand-typed page number from asking the database for a huge offset.
const MAX_PAGE = 10_000;

export type SearchField = keyof SearchQuery;
export interface InvalidParam {
  field: SearchField;
  reason: string;
}

const slug = z
  .string()
  .toLowerCase()
  .max(64, 'must be at most 64 characters')
  .regex(SLUG_PATTERN, 'must be a slug such as exfiltration');
const FIELDS = {
  tactic: slug,
  technique: z.string().toUpperCase().refine(isTechniqueId, 'must be an ATT&CK technique ID such as T1020.001'),
  platform: slug,
  severity: z
    .string()
    .toLowerCase()
    .pipe(z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` })),
  source: slug,
  status: z.literal('published', { error: 'only published detections are public' }),
  page: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(MAX_PAGE, `must be at most ${MAX_PAGE}`)),
} as const satisfies Record<QueryFilter, unknown>;

/** Terms are matched against text, so control characters (a NUL breaks PostgreSQL text) carry no meaning. */
function normaliseQ(raw: string): string {
  return (
    raw
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function parseSearchQuery(params: URLSearchParams): { query: SearchQuery; invalid: InvalidParam[] } {
  const invalid: InvalidParam[] = [];
  const q = normaliseQ(params.get('q') ?? '');
  if (q.length > MAX_Q_LENGTH) invalid.push({ field: 'q', reason: `must be at most ${MAX_Q_LENGTH} characters` });
  const query: SearchQuery = { q: q.slice(0, MAX_Q_LENGTH).trim(), page: 1 };
  const parsed: Partial<Omit<SearchQuery, 'q'>> = {};
  for (const field of QUERY_FILTERS) {
    const raw = params.get(field)?.trim();
    // An empty value is what a plain GET form sends for "any": it means absent, not wrong.
    if (!raw) continue;
    const result = FIELDS[field].safeParse(raw);
    if (result.success) Object.assign(parsed, { [field]: result.data });
    else invalid.push({ field, reason: result.error.issues[0]?.message ?? 'is not valid' });
  }
  return { query: { ...query, ...parsed }, invalid };
}

/** Next hands a page its search params as a record; the parser reads URLSearchParams (first value wins). */
export function searchParamsFrom(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}
