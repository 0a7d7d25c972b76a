import type { PlacedFinding } from '@/lib/editor/place-findings';

/** The findings about one field, under it: where (line and column inside the field's text) and what. */
export function FieldFindings({
  findings,
  withLines = false,
}: {
  findings: readonly PlacedFinding[];
  withLines?: boolean;
}) {
  if (!findings.length) return null;
  return (
    <ul className="mt-1.5 space-y-1 text-sm" data-testid="field-findings">
      {findings.map((f, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: findings have no identity beyond their place in the answer
          key={i}
          className={f.severity === 'error' ? 'text-rose-700' : 'text-amber-700'}
          data-line={withLines ? f.line : undefined}
        >
          {withLines ? <span className="font-mono text-xs">line {f.line}: </span> : null}
          {f.message}
        </li>
      ))}
    </ul>
  );
}
