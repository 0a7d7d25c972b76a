import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter } from 'yaml';
import { formatPath, type PathSegment } from '../../../text/yaml-path';
import { yamlPositionAt } from '../../../text/yaml-positions';
import { type Finding, finding } from '../../findings';

function startOf(node: unknown): number {
  return (node as { range?: [number, number, number] | null } | null)?.range?.[0] ?? 0;
}

/**
 * Mapping keys, checked on the parsed document before it becomes data.
 *
 * Duplicates: YAML requires unique keys, but lax loaders keep the last value and silently drop the first (a second
 * `title:` replaces the real one; a second `selection_1:` deletes a selection). Every repeat is an error naming the
 * key and both lines.
 *
 * Complex keys (`? [a, b]`, a collection or alias as a key): Sigma keys are names, and turning nested complex keys
 * into data costs time that grows steeply with their depth (300 nested `? ` take seconds), so they are refused.
 */
export function checkMappingKeys(doc: Document.Parsed, lineCounter: LineCounter): Finding[] {
  const findings: Finding[] = [];
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) walk(item, [...path, i]);
      return;
    }
    if (!isMap(node)) return;
    const first = new Map<string, number>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      if (pair.key !== null && !isScalar(pair.key)) {
        const where = path.length ? ` in ${formatPath(path)}` : '';
        findings.push(
          finding({
            code: 'YAML_COMPLEX_KEY',
            severity: 'error',
            path: formatPath(path),
            message: `a mapping key${where} is a list, mapping or alias; Sigma keys are plain names`,
            at: yamlPositionAt(lineCounter, startOf(pair.key)),
          }),
        );
        continue;
      }
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const start = startOf(pair.key);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, start);
      } else {
        const at = yamlPositionAt(lineCounter, start);
        const firstLine = yamlPositionAt(lineCounter, earlier).line;
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
  };
  walk(doc.contents, []);
  return findings;
}
