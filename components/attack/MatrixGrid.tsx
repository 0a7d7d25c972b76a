import Link from 'next/link';
import { coverageClass, type MatrixColumn } from '@/lib/attack/matrix-view';
import { urls } from '@/lib/urls';

/** Tactics as columns, techniques as cells coloured by coverage; sub-techniques fold open under their parent. */
export function MatrixGrid({ columns, compact = false }: { columns: MatrixColumn[]; compact?: boolean }) {
  // `relative`: the compact cells' screen-reader labels are absolutely positioned, and only a positioned scroller
  // clips them; without it they sit past the window's edge and the whole page scrolls sideways.
  return (
    <div className="relative overflow-x-auto pb-2" data-testid="attack-matrix">
      <div className="flex min-w-max gap-2">
        {columns.map((col) => (
          <div key={col.id} id={col.shortname} className={compact ? 'w-28' : 'w-44'} data-testid="matrix-tactic">
            <div className="sticky top-0 mb-2 rounded-md bg-ink px-2 py-2 text-white">
              <Link
                prefetch={false}
                href={urls.search(new URLSearchParams({ tactic: col.shortname }))}
                className="block text-xs font-semibold leading-tight wrap-break-word hover:underline"
              >
                {col.name}
              </Link>
              <p className="mt-0.5 text-[11px] text-slate-400">
                {col.covered}/{col.cells.length} covered
              </p>
            </div>
            <ul className="space-y-1">
              {col.cells.map((cell) =>
                compact ? (
                  <li key={cell.id}>
                    <Link
                      prefetch={false}
                      href={urls.technique(cell.id)}
                      title={`${cell.id} ${cell.name}: ${cell.coverage} detection${cell.coverage === 1 ? '' : 's'}`}
                      className={`block h-3 rounded-sm border ${coverageClass(cell.coverage)}`}
                    >
                      <span className="sr-only">
                        {cell.id} {cell.name}
                      </span>
                    </Link>
                  </li>
                ) : (
                  <li
                    key={cell.id}
                    className={`rounded-md border text-[12px] leading-snug ${coverageClass(cell.coverage)}`}
                  >
                    {cell.subs.length ? (
                      <details>
                        <summary className="flex cursor-pointer items-start gap-1 px-2 py-1.5">
                          <span className="flex-1">
                            <Link prefetch={false} href={urls.technique(cell.id)} className="hover:underline">
                              {cell.name}
                            </Link>
                          </span>
                          <span className="text-[10px] opacity-70">{cell.subs.length}</span>
                        </summary>
                        <ul className="space-y-0.5 border-t border-current/10 bg-white/60 px-1.5 py-1 text-slate-700">
                          {cell.subs.map((s) => (
                            <li key={s.id}>
                              <Link
                                prefetch={false}
                                href={urls.technique(s.id)}
                                className={`block rounded px-1.5 py-0.5 hover:underline ${s.coverage ? 'bg-brand-100 font-medium text-brand-700' : ''}`}
                              >
                                {s.name}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      <Link
                        prefetch={false}
                        href={urls.technique(cell.id)}
                        className="block px-2 py-1.5 hover:underline"
                      >
                        {cell.name}
                      </Link>
                    )}
                  </li>
                ),
              )}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
