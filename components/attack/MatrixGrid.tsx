'use client';

import { coverageClass, type PackedColumn } from '@/lib/attack/matrix-view';
import { urls } from '@/lib/urls';

/**
 * Tactics as columns, techniques as cells coloured by coverage; sub-techniques fold open under their parent (no
 * JavaScript: <details>). One client component for the whole matrix, drawn from packed arrays (packMatrix), so the
 * page carries some 870 links once as HTML rather than twice. Styled by `.matrix` in app/globals.css.
 */
export function MatrixGrid({ columns, compact = false }: { columns: PackedColumn[]; compact?: boolean }) {
  return (
    <div className={compact ? 'matrix heat' : 'matrix'} data-testid="attack-matrix">
      <div>
        {columns.map((col) => (
          <div key={col.shortname} id={compact ? undefined : col.shortname} data-testid="matrix-tactic">
            <div className="th">
              <a href={urls.search(new URLSearchParams({ tactic: col.shortname }))}>{col.name}</a>
              <p>{`${col.covered}/${col.cells.length} covered`}</p>
            </div>
            {compact ? (
              <div className="cells">
                {col.cells.map(([id, name, coverage]) => (
                  // biome-ignore lint/a11y/useAnchorContent: the title names the link (it is the accessible name of an empty link) and shows on hover; a second copy of each name in aria-label would add 10 KB to the home page.
                  <a
                    key={id}
                    href={urls.technique(id)}
                    className={coverageClass(coverage)}
                    title={`${id} ${name}: ${coverage} detection${coverage === 1 ? '' : 's'}`}
                  />
                ))}
              </div>
            ) : (
              <ul className="cells">
                {col.cells.map(([id, name, coverage, subs]) => (
                  <li key={id} className={coverageClass(coverage)}>
                    {subs ? (
                      <details>
                        <summary>
                          <a href={urls.technique(id)}>{name}</a>
                          <span>{subs.length}</span>
                        </summary>
                        <ul>
                          {subs.map(([subId, subName, subCoverage]) => (
                            <li key={subId}>
                              <a href={urls.technique(subId)} className={subCoverage ? 'on' : undefined}>
                                {subName}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : (
                      <a href={urls.technique(id)}>{name}</a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
