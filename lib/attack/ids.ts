// ATT&CK ID syntax and the canonical attack.mitre.org URLs, shared by the readers and the catalog loader.

const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;
const TACTIC_ID = /^TA\d{4}$/;

export function isTechniqueId(s: string): boolean {
  return TECHNIQUE_ID.test(s);
}

export function isTacticId(s: string): boolean {
  return TACTIC_ID.test(s);
}

export function isSubtechniqueId(id: string): boolean {
  return isTechniqueId(id) && id.includes('.');
}

/** The parent a sub-technique ID implies (T1020.001 -> T1020); null for a top-level technique. */
export function parentOf(id: string): string | null {
  const dot = id.indexOf('.');
  return dot === -1 ? null : id.slice(0, dot);
}

// Sources disagree on the trailing slash; one canonical form keeps the catalog identical whichever format was read.
export function techniqueUrl(id: string): string {
  return `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`;
}

export function tacticUrl(id: string): string {
  return `https://attack.mitre.org/tactics/${id}/`;
}

/** Orders T1020 < T1020.001 < T1020.002 < T1021 numerically, independent of locale. */
export function compareTechniqueIds(a: string, b: string): number {
  const [am = '', as = ''] = a.slice(1).split('.');
  const [bm = '', bs = ''] = b.slice(1).split('.');
  return Number(am) - Number(bm) || Number(as || -1) - Number(bs || -1) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Leading version number of a free-text version ("19.1 (per atomic-red-team ...)" -> "19.1"). */
export function versionFrom(text: string): string | null {
  return /^\s*v?(\d+(?:\.\d+)*)/.exec(text)?.[1] ?? null;
}
