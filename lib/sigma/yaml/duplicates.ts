import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { finding, type Finding } from '../findings';
import { formatPath, type PathSegment } from '../yaml-path';
import { positionAt } from './positions';

/**
 * YAML requires unique mapping keys, but lax loaders keep the last value and silently drop the first (a second
 * `title:` replaces the real one; a second `selection_1:` deletes a selection). Every repeat is an error that
 * names the key and both lines.
 */
export function findDuplicateKeys(doc: Document.Parsed, lineCounter: LineCounter): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isMap(node)) {
      const first = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const start = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, start);
        } else {
          const at = positionAt(lineCounter, start);
          const firstLine = positionAt(lineCounter, earlier).line;
          const where = path.length ? ` in ${formatPath(path)}` : '';
          findings.push(
            finding({
              code: 'YAML_DUPLICATE_KEY',
              severity: 'error',
              path: formatPath([...path, key]),
              message: `duplicate key '${key}'${where} (lines ${firstLine} and ${at.line}); a lax YAML loader would silently keep only the second`,
              at,
            }),
          );
        }
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return findings;
}
