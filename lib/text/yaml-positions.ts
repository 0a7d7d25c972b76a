import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Position } from './position';
import type { PathSegment } from './yaml-path';

export interface NodeLookup {
  /** How many leading segments of the path exist in this document. */
  depth: number;
  /** Source offset a person should be pointed at for the deepest existing part of the path. */
  offset: number;
  /** The node at the full path, when the whole path exists. */
  node?: Node;
  /** The key node of the last segment, when the full path exists and ends in a mapping key. */
  key?: Node;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Each mapping's pairs by key (the first of duplicates), built on its first lookup: a file's findings look up many keys. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const pair of map.items as Pair[]) {
      const text = keyText(pair.key);
      if (!pairs.has(text)) pairs.set(text, pair);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
}

function startOf(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] | null } | null)?.range;
  return range ? range[0] : undefined;
}

/**
 * Finds the deepest node along `segments`. Scalars point at their value (`level: severe` -> `severe`); collections
 * point at their key (`selection:`), which is where a person looks for a selection; list items at the item.
 */
export function lookupPath(doc: Document.Parsed, segments: readonly PathSegment[]): NodeLookup {
  let current: unknown = doc.contents;
  let offset = startOf(current) ?? doc.range[0];
  let depth = 0;
  let lastKey: unknown;
  for (const segment of segments) {
    if (isAlias(current)) current = current.resolve(doc);
    let keyNode: unknown;
    let next: unknown;
    let found = false;
    if (isMap(current)) {
      const pair = pairOf(current, String(segment));
      if (pair) {
        found = true;
        keyNode = pair.key;
        next = pair.value;
      }
    } else if (isSeq(current) && typeof segment === 'number' && segment < current.items.length) {
      found = true;
      next = current.items[segment];
    }
    if (!found) return { depth, offset };
    depth++;
    const valueStart = startOf(next);
    const keyStart = startOf(keyNode);
    const pointAtKey = keyStart !== undefined && (valueStart === undefined || !isScalar(next));
    offset = (pointAtKey ? keyStart : valueStart) ?? offset;
    current = next;
    lastKey = keyNode;
  }
  return { depth, offset, node: current as Node | undefined, key: lastKey as Node | undefined };
}

export function yamlPositionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Maps a character index inside a scalar's value to a source offset, so a condition error can point into the
 * condition wherever and however it is written: plain or quoted, on one line or folded over several. The value
 * and the source are walked together; a run of whitespace in one matches a run (line breaks, indentation) in the
 * other, and escapes are skipped over until the next character of the value appears.
 */
export function offsetInScalar(source: string, node: Node, index: number): number {
  return scalarOffsets(source, node)(index);
}

/**
 * offsetInScalar for many indexes of one scalar: the walk resumes where the previous index left it, so indexes
 * asked in ascending order (a condition's names, in reading order) cost one walk of the scalar in all.
 */
export function scalarOffsets(source: string, node: Node): (index: number) => number {
  if (!isScalar(node) || !node.range) {
    const at = startOf(node) ?? 0;
    return () => at;
  }
  const [start, end] = node.range;
  const value = String(node.value);
  let begin = start;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const header = source.indexOf('\n', start);
    begin = header === -1 || header >= end ? start : header + 1;
  } else if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
    begin = start + 1;
  }
  const space = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
  let i = 0;
  let j = begin;
  return (index) => {
    if (index < i) {
      i = 0;
      j = begin;
    }
    while (i < Math.min(index, value.length)) {
      if (space(value[i])) {
        while (j < end && space(source[j])) j++;
        while (i < index && space(value[i])) i++;
        continue;
      }
      while (j < end && source[j] !== value[i]) j++;
      j++;
      i++;
    }
    let k = j;
    const target = value[index];
    if (target !== undefined && !space(target)) while (k < end && source[k] !== target) k++;
    return Math.min(k, end);
  };
}
