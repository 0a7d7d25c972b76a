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

/** Tailwind classes for a coverage count: none, one, a few, many. */
export function coverageClass(n: number): string {
  if (n === 0) return 'bg-white text-slate-600 border-slate-200';
  if (n === 1) return 'bg-brand-100 text-brand-700 border-brand-500/30';
  // Dark text: white on this mid green is 1.9:1, unreadable (WCAG asks 4.5:1); slate-900 on it is about 9:1.
  if (n <= 3) return 'bg-brand-500/70 text-slate-900 border-brand-600';
  return 'bg-brand-700 text-white border-brand-700';
}
