import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { SourceError } from '../errors';

// Content files are ours but still parsed strictly: duplicate keys and aliases are mistakes, not features.
export interface YamlSource {
  value: unknown;
  /** Line and column of the node at a path like ['samples', 2, 'event'] (falls back to the nearest parent). */
  positionOf(path: ReadonlyArray<string | number>): { line: number; column: number };
}

export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new SourceError('yaml-syntax', first.message.split('\n')[0] ?? 'YAML error', {
      file,
      line: pos.line + lineOffset,
      column: pos.col,
    });
  }
  const positionOf = (path: ReadonlyArray<string | number>) => {
    let node: unknown = doc.contents;
    let found: Node | null = isNodeWithRange(node) ? node : null;
    for (const key of path) {
      if (isMap(node) || isSeq(node)) {
        node = node.get(key, true);
        if (isNodeWithRange(node)) found = node;
        else break;
      } else break;
    }
    const offset = found?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  return { value: doc.toJS({ maxAliasCount: 0 }), positionOf };
}

function isNodeWithRange(node: unknown): node is Node {
  return (isMap(node) || isSeq(node) || isScalar(node)) && Array.isArray((node as Node).range);
}
