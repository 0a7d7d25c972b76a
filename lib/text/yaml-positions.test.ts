import { describe, expect, it } from 'vitest';
import { isMap, LineCounter, type Node, parseDocument } from 'yaml';
import { lookupPath, offsetInScalar, scalarOffsets, yamlPositionAt } from './yaml-positions';

function scalarAt(text: string, key: string): { node: Node; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const node = isMap(doc.contents) ? (doc.contents.get(key, true) as Node) : undefined;
  if (!node) throw new Error(`no ${key}`);
  return { node, lineCounter };
}

/** Where the character at `index` of the value of `key` is written, as line:column. */
function where(text: string, key: string, index: number): string {
  const { node, lineCounter } = scalarAt(text, key);
  const { line, column } = yamlPositionAt(lineCounter, offsetInScalar(text, node, index));
  return `${line}:${column}`;
}

describe('offsetInScalar', () => {
  it('maps characters of plain and quoted one-line scalars exactly', () => {
    expect(where('c: a and (b or\n', 'c', 7)).toBe('1:11');
    expect(where("c: 'it''s (x'\n", 'c', 5)).toBe('1:11');
    expect(where('c: "tab\\tthen (x"\n', 'c', 9)).toBe('1:15');
  });

  it('follows a value folded over several lines, and block scalars', () => {
    expect(where('c: a and\n   b or\n   ) c\n', 'c', 11)).toBe('3:4');
    expect(where('c: |\n  a and\n  ) b\n', 'c', 6)).toBe('3:3');
    expect(where('c: >-\n    a and\n    ) b\n', 'c', 6)).toBe('3:5');
  });

  it('points just past the value for its end', () => {
    expect(where('c: a or\n', 'c', 4)).toBe('1:8');
  });
});

describe('scalarOffsets', () => {
  it('gives what offsetInScalar gives, for indexes asked in any order', () => {
    const text = 'condition: >\n    sel_a and\n      not  filter\nq: "x\\ty  z"\n';
    for (const key of ['condition', 'q']) {
      const { node } = scalarAt(text, key);
      const value = String((node as unknown as { value: string }).value);
      const indexes = Array.from({ length: value.length + 1 }, (_, i) => i);
      const offsets = scalarOffsets(text, node);
      const expected = indexes.map((i) => offsetInScalar(text, node, i));
      expect(indexes.map((i) => offsets(i))).toEqual(expected);
      expect([...indexes].reverse().map((i) => offsets(i))).toEqual([...expected].reverse());
    }
  });

  it('walks a long scalar once for many ascending indexes', () => {
    const value = Array.from({ length: 20_000 }, (_, i) => `s${i}`).join(' or ');
    const text = `condition: ${value}\n`;
    const { node } = scalarAt(text, 'condition');
    const offsets = scalarOffsets(text, node);
    const started = performance.now();
    for (let i = 0; i < value.length; i += 7) expect(offsets(i)).toBe(11 + i);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('lookupPath', () => {
  const text = 'title: x\ndetection:\n    sel:\n        - a: 1\n          b: [1, 2]\n    condition: sel\n';
  const doc = parseDocument(text);
  const lc = new LineCounter();
  parseDocument(text, { lineCounter: lc });
  const at = (path: Array<string | number>): string => {
    const hit = lookupPath(doc, path);
    const { line, column } = yamlPositionAt(lc, hit.offset);
    return `${hit.depth}/${path.length} ${line}:${column}`;
  };

  it('points scalars at their value, collections at their key, list items at the item', () => {
    expect(at(['title'])).toBe('1/1 1:8');
    expect(at(['detection', 'sel'])).toBe('2/2 3:5');
    expect(at(['detection', 'sel', 0])).toBe('3/3 4:11');
    expect(at(['detection', 'sel', 0, 'b', 1])).toBe('5/5 5:18');
  });

  it('stops at the deepest part of the path that exists', () => {
    expect(at(['detection', 'sel', 0, 'missing'])).toBe('3/4 4:11');
    expect(at(['nothing'])).toBe('0/1 1:1');
  });
});
