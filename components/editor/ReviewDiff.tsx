// What a reviewer approves: the submitted change against what is public, field by field (lib/editor/review-diff.ts).
import type { FieldDiff } from '@/lib/editor/review-diff';

const TONE = {
  added: 'bg-emerald-50 text-emerald-900',
  removed: 'bg-rose-50 text-rose-900 line-through decoration-rose-300',
  same: 'text-slate-500',
} as const;
const MARK = { added: '+', removed: '−', same: ' ' } as const;

export function ReviewDiff({ diff, against, open }: { diff: readonly FieldDiff[]; against: string; open: boolean }) {
  return (
    <details
      open={open}
      className="rounded-lg border border-amber-200 bg-white p-4 shadow-sm"
      data-testid="review-diff"
    >
      <summary className="cursor-pointer font-semibold text-slate-900">
        Changes to review{' '}
        <span className="font-normal text-slate-500">
          ({diff.length} field{diff.length === 1 ? '' : 's'}, against {against})
        </span>
      </summary>
      <div className="mt-3 space-y-3">
        {diff.map((field) => (
          <div key={field.label}>
            <p className="text-sm font-medium text-slate-800">{field.label}</p>
            <pre className="mt-1 overflow-x-auto rounded-md border border-slate-200 font-mono text-xs leading-5">
              {field.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a diff's lines are fixed; their order is their identity
                <div key={i} className={`px-2 whitespace-pre-wrap ${TONE[line.kind]}`}>
                  <span className="mr-2 select-none">{MARK[line.kind]}</span>
                  {line.text}
                </div>
              ))}
            </pre>
          </div>
        ))}
      </div>
    </details>
  );
}
