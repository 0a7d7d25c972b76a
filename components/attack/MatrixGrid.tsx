import { heatCellsHtml, matrixCellsHtml } from '@/lib/attack/matrix-html';
import type { PackedColumn } from '@/lib/attack/matrix-view';
import { urls } from '@/lib/urls';

/**
 * Tactics as columns, techniques as cells coloured by coverage; sub-techniques fold open under their parent (no
 * JavaScript: <details>). Drawn from packed arrays (packMatrix); the cells are written as HTML text
 * (lib/attack/matrix-html.ts), one string per column rather than some 870 links element by element.
 * Styled by `.matrix` in app/globals.css.
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
              // biome-ignore lint/security/noDangerouslySetInnerHtml: every name and URL is escaped by heatCellsHtml.
              <div className="cells" dangerouslySetInnerHTML={{ __html: heatCellsHtml(col.cells) }} />
            ) : (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: every name and URL is escaped by matrixCellsHtml.
              <ul className="cells" dangerouslySetInnerHTML={{ __html: matrixCellsHtml(col.cells) }} />
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
