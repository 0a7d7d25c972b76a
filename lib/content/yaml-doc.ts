import { LineCounter, parseDocument } from 'yaml';
import { SourceError } from '../errors';
import type { Position } from '../text/position';
import { lookupPath, yamlPositionAt } from '../text/yaml-positions';

// Content files are ours but still parsed strictly: duplicate keys and aliases are mistakes, not features.
export interface YamlSource {
  value: unknown;
  /** Line and column of the node at a path like ['samples', 2, 'event'] (falls back to the nearest parent). */
  positionOf(path: ReadonlyArray<string | number>): Position;
}

export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const shift = ({ line, column }: Position): Position => ({ line: line + lineOffset, column });
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0] ?? 'YAML error';
    throw new SourceError('YAML_SYNTAX', message, { file, ...shift(yamlPositionAt(lineCounter, first.pos[0])) });
  }
  const positionOf = (path: ReadonlyArray<string | number>) =>
    shift(yamlPositionAt(lineCounter, lookupPath(doc, path).offset));
  return { value: doc.toJS({ maxAliasCount: 0 }), positionOf };
}
