import type { GapFinding } from '@/lib/editor/draft-variant';

/** What the converter could not express (errors: no query) and how its query differs from the rule (warnings). */
export function GapReport({ gaps }: { gaps: readonly GapFinding[] }) {
  if (!gaps.length) {
    return <p className="text-sm text-emerald-700">The converter expressed the whole rule: no gaps.</p>;
  }
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3" data-testid="gap-report">
      <p className="text-sm font-medium text-amber-900">Gap report</p>
      <ul className="mt-1 space-y-1 text-sm">
        {gaps.map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings have no identity beyond their place in the answer
          <li key={i} className={g.severity === 'error' ? 'text-rose-800' : 'text-amber-900'}>
            <span className="font-mono text-xs">{g.line ? `rule line ${g.line}` : g.code}</span> {g.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
