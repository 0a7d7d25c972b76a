import { type Alias, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, visit } from 'yaml';

/** Nodes that aliases may add to a document. Real rules rarely use aliases; a billion-laughs file adds 10^8+. */
export const DEFAULT_ALIAS_BUDGET = 10_000;

/** Anchors plus aliases per document. yaml resolves each alias by scanning the anchors before it (quadratic). */
export const MAX_ANCHORS_AND_ALIASES = 1000;

export interface AliasReport {
  /** Anchors and aliases written in the document. */
  written: number;
  /** Nodes the document would have once every alias is expanded, minus the nodes written in the file. */
  added: number;
  /** The alias whose own expansion is largest: the place to point a person at. */
  worst?: { alias: Alias; size: number };
  recursive?: Alias;
  unresolved?: Alias;
}

/**
 * Measures alias expansion without performing it. Sizes are memoised per node, so the cost is linear in the
 * number of nodes written, however large the expansion would be.
 */
export function measureAliases(doc: Document.Parsed): AliasReport {
  const { targets, written } = resolveAliases(doc);
  if (targets.size === 0 || written > MAX_ANCHORS_AND_ALIASES) return { added: 0, written };

  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const report: AliasReport = { added: 0, written };

  const expanded = (node: unknown): number => {
    if (node === null || node === undefined) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) return Infinity;
    inProgress.add(node);
    let size = 1;
    if (isAlias(node)) {
      const target = targets.get(node);
      if (target === undefined) {
        report.unresolved ??= node;
      } else {
        size = expanded(target);
        if (size === Infinity) report.recursive ??= node;
        if (!report.worst || size > report.worst.size) report.worst = { alias: node, size };
      }
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) size += expanded(item);
    } else if (isPair(node)) {
      size = expanded(node.key) + expanded(node.value);
    }
    inProgress.delete(node);
    sizes.set(node, size);
    return size;
  };

  const total = expanded(doc.contents);
  report.added = total - countWritten(doc);
  return report;
}

/** Each alias refers to the last anchor of its name before it, in document order (YAML 1.2, 7.1). */
function resolveAliases(doc: Document.Parsed): { targets: Map<Alias, Node>; written: number } {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  let written = 0;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        written++;
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) {
        written++;
        anchors.set(node.anchor, node);
      }
    },
  });
  return { targets, written };
}

function countWritten(doc: Document.Parsed): number {
  let count = 0;
  visit(doc, {
    Node(_key, node) {
      count += isScalar(node) || isAlias(node) || isMap(node) || isSeq(node) ? 1 : 0;
    },
  });
  return count;
}
