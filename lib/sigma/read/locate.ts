import type { Node } from 'yaml';
import { type PathSegment, parsePath } from '../../text/yaml-path';
import { lookupPath, yamlPositionAt } from '../../text/yaml-positions';
import type { Position } from '../findings';
import type { SigmaRule } from './collection';
import type { LoadedYaml } from './yaml/load';

export interface Located {
  position: Position;
  /** Index of the YAML document the position is in. */
  document: number;
  /** The node at the full path, when the path exists; absent for a missing key (the parent is pointed at). */
  node?: Node;
  /** The key node of the last segment, when the path exists and ends in a mapping key. */
  key?: Node;
}

/**
 * Where a YAML path of a (possibly merged) rule is written. The rule's own document is searched first, then the
 * documents it builds on, so a value inherited from a global document points into that document. A path that
 * does not exist (a missing required key) points at its deepest existing parent.
 */
export function locate(loaded: LoadedYaml, rule: SigmaRule, path: string | readonly PathSegment[]): Located {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let best: { depth: number; offset: number; document: number; node?: Node; key?: Node } | undefined;
  for (const index of rule.documents) {
    const raw = loaded.documents[index];
    if (!raw) continue;
    const hit = lookupPath(raw.doc, segments);
    if (!best || hit.depth > best.depth) best = { ...hit, document: index };
    if (hit.depth === segments.length) break;
  }
  if (!best) return { position: { line: 1, column: 1 }, document: 0 };
  const found = best.depth === segments.length;
  const position = yamlPositionAt(loaded.lineCounter, best.offset);
  if (!found) return { position, document: best.document };
  return {
    position,
    document: best.document,
    ...(best.node ? { node: best.node } : {}),
    ...(best.key ? { key: best.key } : {}),
  };
}
