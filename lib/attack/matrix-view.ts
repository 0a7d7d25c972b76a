// Shapes the flat technique list into matrix columns: plain data, so the view stays dumb and this stays testable.
export interface MatrixInput {
  tactics: Array<{ id: string; shortname: string; name: string }>;
  techniques: Array<{ id: string; name: string; parentId: string | null; tactics: Array<{ tacticId: string }> }>;
  counts: Map<string, number>;
}

export interface MatrixCell {
  id: string;
  name: string;
  /** Detections on this technique itself plus on its sub-techniques. */
  coverage: number;
  subs: Array<{ id: string; name: string; coverage: number }>;
}

export interface MatrixColumn {
  id: string;
  shortname: string;
  name: string;
  cells: MatrixCell[];
  covered: number;
}

export function buildMatrix({ tactics, techniques, counts }: MatrixInput): MatrixColumn[] {
  const subsOf = new Map<string, Array<{ id: string; name: string; coverage: number }>>();
  for (const t of techniques) {
    if (!t.parentId) continue;
    const list = subsOf.get(t.parentId) ?? [];
    list.push({ id: t.id, name: t.name, coverage: counts.get(t.id) ?? 0 });
    subsOf.set(t.parentId, list);
  }
  return tactics.map((tactic) => {
    const cells = techniques
      .filter((t) => !t.parentId && t.tactics.some((x) => x.tacticId === tactic.id))
      .map((t) => {
        const subs = subsOf.get(t.id) ?? [];
        return {
          id: t.id,
          name: t.name,
          subs,
          coverage: (counts.get(t.id) ?? 0) + subs.reduce((n, s) => n + s.coverage, 0),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    return { ...tactic, cells, covered: cells.filter((c) => c.coverage > 0).length };
  });
}

/** The class of a coverage count (none, one, a few, many), styled in app/globals.css. */
export function coverageClass(n: number): string {
  if (n === 0) return 'cov-0';
  if (n === 1) return 'cov-1';
  if (n <= 3) return 'cov-2';
  return 'cov-3';
}

/** [id, name, coverage] */
export type PackedTechnique = [string, string, number];
/** [id, name, coverage, sub-techniques (absent when the view shows none)] */
export type PackedCell = [string, string, number, PackedTechnique[]?];
export interface PackedColumn {
  shortname: string;
  name: string;
  covered: number;
  cells: PackedCell[];
}

/**
 * The matrix as arrays for the matrix view to draw in the browser: as React elements (props named on each of some
 * 870 links) it was most of /techniques twice over. A technique's sub-techniques are one array however many
 * tactics it sits in, and React's payload writes an array it has seen once.
 */
export function packMatrix(columns: MatrixColumn[], { subs }: { subs: boolean }): PackedColumn[] {
  const packedSubs = new Map<MatrixCell['subs'], PackedTechnique[]>();
  const subsOf = (list: MatrixCell['subs']) => {
    const known = packedSubs.get(list);
    if (known) return known;
    const packed = list.map((x): PackedTechnique => [x.id, x.name, x.coverage]);
    packedSubs.set(list, packed);
    return packed;
  };
  return columns.map((col) => ({
    shortname: col.shortname,
    name: col.name,
    covered: col.covered,
    cells: col.cells.map(
      (c): PackedCell =>
        subs && c.subs.length ? [c.id, c.name, c.coverage, subsOf(c.subs)] : [c.id, c.name, c.coverage],
    ),
  }));
}
