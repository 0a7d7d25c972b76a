import type { DiffPart, DiffSide, FieldDiff } from '@/lib/history/document-diff';

/** Two revisions side by side, one block per changed field; rendered on the server, every character as text. */
export function SideBySideDiff({ fields, from, to }: { fields: FieldDiff[]; from: number; to: number }) {
  if (fields.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="diff-empty">
        Revisions {from} and {to} hold the same detection.
      </p>
    );
  }
  return (
    <div className="space-y-5" data-testid="diff">
      {fields.map((f) => (
        <section
          key={f.key}
          data-testid="diff-field"
          data-field={f.key}
          className="overflow-hidden rounded-lg border border-slate-200"
        >
          <h3 className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm font-semibold text-slate-900">
            {f.label}
            <span className="font-mono text-xs font-normal">
              <span className="text-red-700">−{f.removed}</span> <span className="text-emerald-700">+{f.added}</span>
            </span>
          </h3>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] table-fixed border-collapse font-mono text-[12.5px] leading-5">
              <colgroup>
                <col className="w-10" />
                <col />
                <col className="w-10" />
                <col />
              </colgroup>
              <thead className="sr-only">
                <tr>
                  <th>Line</th>
                  <th>Revision {from}</th>
                  <th>Line</th>
                  <th>Revision {to}</th>
                </tr>
              </thead>
              <tbody>
                {f.rows.map((row) =>
                  row.type === 'gap' ? (
                    <tr key={row.key} className="bg-slate-50 text-slate-500">
                      <td colSpan={4} className="px-3 py-1 font-sans text-xs">
                        {row.hidden} unchanged line{row.hidden === 1 ? '' : 's'}
                      </td>
                    </tr>
                  ) : (
                    <tr key={row.key}>
                      <Side side={row.left} />
                      <Side side={row.right} />
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}

const BACKGROUND: Record<DiffSide['kind'], string> = {
  same: 'bg-white',
  removed: 'bg-red-50',
  added: 'bg-emerald-50',
  empty: 'bg-slate-50',
};

function Side({ side }: { side: DiffSide }) {
  const Changed = side.kind === 'removed' ? 'del' : 'ins';
  return (
    <>
      <td
        className={`select-none border-r border-slate-100 px-2 text-right align-top text-slate-400 ${BACKGROUND[side.kind]}`}
      >
        {side.number ?? ''}
      </td>
      <td
        className={`whitespace-pre-wrap break-all px-2 align-top text-slate-800 ${BACKGROUND[side.kind]}`}
        data-kind={side.kind}
      >
        {withOffsets(side.parts).map(({ part: p, at }) =>
          p.changed ? (
            <Changed
              key={at}
              className={side.kind === 'removed' ? 'bg-red-200/70 no-underline' : 'bg-emerald-200/70 no-underline'}
            >
              {p.text}
            </Changed>
          ) : (
            <span key={at}>{p.text}</span>
          ),
        )}
      </td>
    </>
  );
}

/** Each part with where it starts in the line: its key (the parts of a line never move). */
function withOffsets(parts: DiffPart[]): Array<{ part: DiffPart; at: number }> {
  let at = 0;
  return parts.map((part) => {
    const start = at;
    at += part.text.length;
    return { part, at: start };
  });
}
