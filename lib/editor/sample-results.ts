// What the editor says after running the rule over the test plan's samples (POST /api/v1/sigma/match with samples):
// each sample matched or not, whether that is what it expects, and which selections held.

export interface SampleRun {
  key: string;
  expect: 'match' | 'miss';
  matched: boolean;
  ok: boolean;
  /** The search identifiers that held (per rule as `<rule id>:selection` when the file holds several). */
  held: string[];
}

export interface SamplesReport {
  ok: boolean;
  attack: { matched: number; total: number };
  benign: { matched: number; total: number };
  samples: SampleRun[];
}

interface MatchAnswer {
  proof?: { ok?: unknown; attack?: unknown; benign?: unknown };
  results?: Array<{ key?: unknown; expect?: unknown; match?: unknown; ok?: unknown; selections?: unknown }>;
}

const tally = (v: unknown) => {
  const t = (v ?? {}) as { matched?: unknown; total?: unknown };
  return { matched: Number(t.matched) || 0, total: Number(t.total) || 0 };
};

export function samplesReport(answer: unknown): SamplesReport {
  const a = (answer ?? {}) as MatchAnswer;
  const samples = (a.results ?? []).map((r) => ({
    key: String(r.key ?? ''),
    expect: r.expect === 'miss' ? ('miss' as const) : ('match' as const),
    matched: r.match === true,
    ok: r.ok === true,
    held: Object.entries((r.selections ?? {}) as Record<string, unknown>)
      .filter(([, v]) => v === true)
      .map(([k]) => k),
  }));
  return { ok: a.proof?.ok === true, attack: tally(a.proof?.attack), benign: tally(a.proof?.benign), samples };
}

/** A sample as the match endpoint takes it, or why it cannot be sent. */
export function samplesToRun(samples: unknown): { key: string; expect: string; rule?: string; event: unknown }[] {
  if (!Array.isArray(samples)) return [];
  return samples
    .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object')
    .map((s, i) => ({
      key: typeof s.key === 'string' && s.key ? s.key : `sample-${i + 1}`,
      expect: s.expect === 'miss' ? 'miss' : 'match',
      ...(typeof s.rule === 'string' && s.rule ? { rule: s.rule } : {}),
      event: s.event ?? {},
    }));
}

/** One line for a person: "2 of 2 attack samples matched, 0 of 1 benign look-alike". */
export function summarise(report: SamplesReport): string {
  const { attack, benign } = report;
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
  return `${attack.matched} of ${attack.total} attack ${plural(attack.total, 'sample', 'samples')} matched, ${benign.matched} of ${benign.total} benign ${plural(benign.total, 'look-alike', 'look-alikes')} matched`;
}
