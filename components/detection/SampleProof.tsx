import type { ProofSummary } from '@/lib/detections/proof';

interface Sample {
  key: string;
  expect: string;
  description: string;
  logSource: string;
  event: unknown;
}

type Result = ProofSummary['results'][number] | undefined;

function Row({ s, r }: { s: Sample; r: Result }) {
  return (
    <>
      <span className={r?.ok ? 'text-emerald-600' : 'text-rose-600'}>
        <span aria-hidden="true">{r?.ok ? '✓' : '✗'}</span>
        <span className="sr-only">{r?.ok ? 'as expected' : 'not as expected'}</span>
      </span>
      <span
        className={`w-16 shrink-0 text-xs font-semibold uppercase ${s.expect === 'match' ? 'text-orange-700' : 'text-slate-500'}`}
      >
        {s.expect === 'match' ? 'attack' : 'benign'}
      </span>
      <span className="min-w-0 flex-1 text-slate-800 [overflow-wrap:anywhere]">{s.description}</span>
      <span className="hidden text-xs text-slate-500 sm:inline">{s.logSource}</span>
    </>
  );
}

/**
 * What the rule did with the stored samples. With `eventsHref` only the counts, and a link to the page that lists
 * every sample with its event: the samples are most of a detection's weight, and the SIEM pages are read far more
 * often than the evidence. Without it, each sample, what the rule was expected to do with it and what it did.
 */
export function SampleProof({
  samples,
  proof,
  eventsHref,
}: {
  samples: Sample[];
  proof: ProofSummary;
  eventsHref?: string;
}) {
  const byKey = new Map(proof.results.map((r) => [r.key, r]));
  const row = 'flex items-center gap-3 px-4 py-2.5';
  return (
    <div data-testid="sample-proof">
      <p className="mb-3 text-sm text-slate-700">
        {`The Sigma rule was run over ${samples.length} sample events in their sources’ real shape: it matches `}
        <strong data-testid="proof-attack">{`${proof.attack.matched} of ${proof.attack.total} attack samples`}</strong>
        {' and '}
        <strong data-testid="proof-benign">{`${proof.benign.matched} of ${proof.benign.total} benign look-alikes`}</strong>
        .
      </p>
      {eventsHref ? null : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
          {samples.map((s) => (
            <li key={s.key} data-testid="sample-row">
              <details>
                <summary className={`${row} cursor-pointer list-none hover:bg-slate-50`}>
                  <Row s={s} r={byKey.get(s.key)} />
                </summary>
                <pre className="mx-4 mb-3 max-h-80 overflow-auto rounded-md bg-ink p-3 font-mono text-xs leading-5 text-slate-100">
                  {JSON.stringify(s.event, null, 2)}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {eventsHref ? (
        <a
          href={eventsHref}
          data-testid="sample-events-link"
          className="inline-block text-sm font-medium text-brand-700 hover:underline"
        >
          Read every sample event beside the Sigma rule →
        </a>
      ) : null}
    </div>
  );
}
