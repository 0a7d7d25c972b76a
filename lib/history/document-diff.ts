// Side-by-side diffs of two revisions of a detection, field by field (lib/history/document-fields.ts), computed with
// the `diff` package: lines paired left and right, words marked within a changed pair, long unchanged stretches
// folded to a few lines of context. Plain data: the history page renders it on the server.
import { diffLines, diffWordsWithSpace } from 'diff';
import type { DetectionDocument } from '../detections/document';
import { type ComparedField, documentFields } from './document-fields';

export interface DiffPart {
  text: string;
  changed: boolean;
}
export interface DiffSide {
  /** 1-based line number in that revision's text; null where the other side has a line and this one none. */
  number: number | null;
  kind: 'same' | 'removed' | 'added' | 'empty';
  parts: DiffPart[];
}
/** `key`: the row's place in the field's diff (rows never move, so it identifies the row). */
export type DiffRow =
  | { type: 'line'; key: number; left: DiffSide; right: DiffSide }
  | { type: 'gap'; key: number; hidden: number };

export interface FieldDiff {
  key: string;
  label: string;
  rows: DiffRow[];
  removed: number;
  added: number;
}

/** Lines longer than this are marked whole rather than word by word (word diffs of huge lines cost too much). */
const MAX_WORD_DIFF = 2000;

function linesOf(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Every line ends with a newline, so a last line that gained or lost one is not reported as changed. */
const normalised = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

const EMPTY: DiffSide = { number: null, kind: 'empty', parts: [] };

function pair(removed: Array<[number, string]>, added: Array<[number, string]>): DiffRow[] {
  const rows: DiffRow[] = [];
  for (let i = 0; i < Math.max(removed.length, added.length); i++) {
    const l = removed[i];
    const r = added[i];
    if (l && r && l[1].length + r[1].length <= MAX_WORD_DIFF) {
      const words = diffWordsWithSpace(l[1], r[1]);
      rows.push({
        type: 'line',
        key: 0,
        left: {
          number: l[0],
          kind: 'removed',
          parts: words.filter((w) => !w.added).map((w) => ({ text: w.value, changed: w.removed })),
        },
        right: {
          number: r[0],
          kind: 'added',
          parts: words.filter((w) => !w.removed).map((w) => ({ text: w.value, changed: w.added })),
        },
      });
    } else {
      rows.push({
        type: 'line',
        key: 0,
        left: l ? { number: l[0], kind: 'removed', parts: [{ text: l[1], changed: true }] } : EMPTY,
        right: r ? { number: r[0], kind: 'added', parts: [{ text: r[1], changed: true }] } : EMPTY,
      });
    }
  }
  return rows;
}

/** The side-by-side rows of two texts, with unchanged stretches beyond `context` lines of a change folded. */
export function diffTexts(from: string, to: string, context = 3): { rows: DiffRow[]; removed: number; added: number } {
  const rows: DiffRow[] = [];
  let left = 1;
  let right = 1;
  let removed: Array<[number, string]> = [];
  let added: Array<[number, string]> = [];
  let removedCount = 0;
  let addedCount = 0;
  const flush = () => {
    rows.push(...pair(removed, added));
    removed = [];
    added = [];
  };
  for (const change of diffLines(normalised(from), normalised(to))) {
    const lines = linesOf(change.value);
    if (change.removed) {
      for (const line of lines) removed.push([left++, line]);
      removedCount += lines.length;
    } else if (change.added) {
      for (const line of lines) added.push([right++, line]);
      addedCount += lines.length;
    } else {
      flush();
      for (const line of lines) {
        const parts = [{ text: line, changed: false }];
        rows.push({
          type: 'line',
          key: 0,
          left: { number: left++, kind: 'same', parts },
          right: { number: right++, kind: 'same', parts },
        });
      }
    }
  }
  flush();
  return { rows: fold(rows, context), removed: removedCount, added: addedCount };
}

function fold(rows: DiffRow[], context: number): DiffRow[] {
  const changed = rows.map((r) => r.type === 'line' && r.left.kind !== 'same');
  const keep = changed.map((_, i) => {
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++)
      if (changed[j]) return true;
    return false;
  });
  const out: DiffRow[] = [];
  let hidden = 0;
  rows.forEach((row, i) => {
    if (keep[i]) {
      if (hidden) out.push({ type: 'gap', key: 0, hidden });
      hidden = 0;
      out.push(row);
    } else hidden++;
  });
  if (hidden) out.push({ type: 'gap', key: 0, hidden });
  return out.map((row, key) => ({ ...row, key }));
}

/** The fields that differ between two revisions, in the editor's order; fields only one side has compare with ''. */
export function diffDocuments(from: DetectionDocument, to: DetectionDocument, context = 3): FieldDiff[] {
  const a = new Map(documentFields(from).map((f) => [f.key, f]));
  const b = documentFields(to);
  const keys = [...b, ...[...a.values()].filter((f) => !b.some((g) => g.key === f.key))];
  const result: FieldDiff[] = [];
  for (const field of keys as ComparedField[]) {
    const before = a.get(field.key)?.text ?? '';
    const after = b.find((g) => g.key === field.key)?.text ?? '';
    if (before === after) continue;
    result.push({ key: field.key, label: field.label, ...diffTexts(before, after, context) });
  }
  return result;
}
