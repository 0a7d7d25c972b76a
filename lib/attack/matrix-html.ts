import { escapeAttr, escapeText } from '../html';
import { urls } from '../urls';
import { coverageClass, type PackedCell } from './matrix-view';

// The matrix's cells as HTML text rather than React elements: some 2,600 elements that never change in the browser,
// which MatrixGrid hands to React whole, one string per column.

const detections = (n: number) => `${n} detection${n === 1 ? '' : 's'}`;

/** The heat map's cells: one empty link per technique, named by its title. */
export function heatCellsHtml(cells: PackedCell[]): string {
  return cells
    .map(
      ([id, name, coverage]) =>
        `<a href="${escapeAttr(urls.technique(id))}" class="${coverageClass(coverage)}" title="${escapeAttr(`${id} ${name}: ${detections(coverage)}`)}"></a>`,
    )
    .join('');
}

/** The full matrix's cells: a technique with sub-techniques folds them open under it (<details>, no JavaScript). */
export function matrixCellsHtml(cells: PackedCell[]): string {
  return cells
    .map(([id, name, coverage, subs]) => {
      const link = `<a href="${escapeAttr(urls.technique(id))}">${escapeText(name)}</a>`;
      const inner = subs
        ? `<details><summary>${link}<span>${subs.length}</span></summary><ul>${subs
            .map(
              ([subId, subName, subCoverage]) =>
                `<li><a href="${escapeAttr(urls.technique(subId))}"${subCoverage ? ' class="on"' : ''}>${escapeText(subName)}</a></li>`,
            )
            .join('')}</ul></details>`
        : link;
      return `<li class="${coverageClass(coverage)}">${inner}</li>`;
    })
    .join('');
}
