// A Sigma rule (as lib/sigma/read gives it) to the target-independent expression of ir.ts. Entries are read by the
// matcher's own readEntry and condition parser, so the converter and the matcher agree on what every rule means.
// What no SIEM query can say (aggregations, UTF-16 bytes, time parts, unset placeholders) is a named error here.

import type { Network } from '../match/cidr';
import { type RulePath, SigmaCompileError } from '../match/compile-error';
import { type ConditionNode, ConditionSyntaxError, parseCondition } from '../match/condition';
import { keywordGroups, readEntry } from '../match/entry';
import { IdentifierSelector, searchIdentifiers, THEM } from '../match/identifiers';
import type { EntryState, Placeholders, SigmaValue } from '../match/modifiers';
import { RuleRegexes } from '../match/regex';
import { normalizeParts } from '../match/wildcard';
import { isRecord } from '../record';
import type { Gaps } from './gaps';
import { type Expr, join, leaf, not } from './ir';

function formatNetwork(network: Network): string {
  const { family, groups, prefix } = network;
  if (family === 4) {
    const bytes = groups.flatMap((g) => [g >> 8, g & 0xff]);
    return `${bytes.join('.')}/${prefix}`;
  }
  // The longest run of two or more zero groups is written `::`, as addresses usually are.
  let best = { at: -1, length: 1 };
  for (let i = 0; i < groups.length; ) {
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > best.length) best = { at: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (best.at === -1) return `${hex(groups)}/${prefix}`;
  return `${hex(groups.slice(0, best.at))}::${hex(groups.slice(best.at + best.length))}/${prefix}`;
}

class Builder {
  constructor(
    private readonly gaps: Gaps,
    private readonly placeholders: Placeholders,
  ) {}

  valueExpr(value: SigmaValue, field: string | undefined, state: EntryState, path: RulePath): Expr | undefined {
    const base = { field, path };
    switch (value.type) {
      case 'string':
        if (value.bytes) {
          this.gaps.error(
            'ENCODED_BYTES',
            path,
            'the value is UTF-16 bytes (wide/utf16 without base64 after it); SIEM queries search text, not raw bytes',
          );
          return undefined;
        }
        return leaf({ ...base, type: 'string', parts: normalizeParts(value.parts), cased: state.cased });
      case 'number':
      case 'boolean':
        return leaf({ ...base, type: value.type, value: value.value } as never);
      case 'null':
        return leaf({ ...base, type: 'null' });
      case 'regex':
        // The matcher's own check: a pattern it refuses is refused here too, never written into a query.
        new RuleRegexes().compile(value.source, value.flags, path);
        return leaf({ ...base, type: 'regex', source: value.source, flags: value.flags });
      case 'cidr':
        return leaf({ ...base, type: 'cidr', cidr: formatNetwork(value.network), family: value.network.family });
      case 'compare':
        return leaf({ ...base, type: 'compare', op: value.op, value: value.value });
      case 'exists':
        return leaf({ ...base, type: 'exists', value: value.value });
      case 'fieldref':
        return leaf({ ...base, type: 'fieldref', other: value.field, position: value.position, cased: state.cased });
    }
  }

  entry(key: string, value: unknown, path: RulePath): Expr | undefined {
    const entry = readEntry(key, value, path, {
      placeholders: this.placeholders,
      onMissingPlaceholder: (name) =>
        this.gaps.error(
          'PLACEHOLDER_UNSET',
          path,
          `placeholder %${name}% has no value; configure one (a list of values, a lookup or a watchlist in the SIEM)`,
        ),
    });
    const field = entry.field === '' ? undefined : entry.field;
    const groups = field === undefined ? keywordGroups(entry, path) : entry.state.groups;
    if (entry.state.timePart) {
      this.gaps.error(
        'TIME_PART',
        path,
        `'|${entry.state.timePart}' compares a part of a timestamp; the converter does not write that yet`,
      );
      return undefined;
    }
    const exprs = groups.map((group) => {
      const alternatives = group.map((v) => this.valueExpr(v, field, entry.state, path));
      if (alternatives.some((a) => a === undefined)) return undefined;
      return join('or', alternatives as Expr[]);
    });
    if (exprs.some((e) => e === undefined)) return undefined;
    const combined = join(entry.state.all ? 'and' : 'or', exprs as Expr[]);
    return entry.state.negate ? not(combined) : combined;
  }

  map(definition: Record<string, unknown>, path: RulePath): Expr | undefined {
    const keys = Object.keys(definition);
    if (keys.length === 0)
      throw new SigmaCompileError('empty-search', 'a search identifier needs at least one field', path);
    const parts = keys.map((key) => this.entry(key, definition[key], [...path, key]));
    return parts.some((p) => p === undefined) ? undefined : join('and', parts as Expr[]);
  }

  search(definition: unknown, path: RulePath): Expr | undefined {
    if (isRecord(definition)) return this.map(definition, path);
    if (Array.isArray(definition)) {
      if (definition.length === 0)
        throw new SigmaCompileError('empty-search', 'a search identifier cannot be an empty list', path);
      if (definition.every(isRecord)) {
        const maps = definition.map((m, i) => this.map(m, [...path, i]));
        return maps.some((m) => m === undefined) ? undefined : join('or', maps as Expr[]);
      }
      if (definition.some((item) => typeof item === 'object' && item !== null))
        throw new SigmaCompileError('mixed-list', 'a list of search values mixes maps with plain values', path);
      return this.entry('', definition, path);
    }
    if (typeof definition === 'string' || typeof definition === 'number') return this.entry('', definition, path);
    throw new SigmaCompileError(
      'search-type',
      'a search identifier must be a map, a list of maps or a list of keywords',
      path,
    );
  }
}

function conditionTexts(detection: Record<string, unknown>): Array<{ text: string; path: RulePath }> {
  const written = detection.condition;
  const list = Array.isArray(written) ? written : [written];
  if (written === undefined || list.length === 0)
    throw new SigmaCompileError('condition', 'detection has no condition', ['detection', 'condition']);
  return list.map((text, i) => {
    const path = Array.isArray(written) ? ['detection', 'condition', i] : ['detection', 'condition'];
    if (typeof text !== 'string') throw new SigmaCompileError('condition', 'a condition must be text', path);
    return { text, path };
  });
}

/**
 * The rule's detection as one expression, or undefined when a part of it cannot be expressed (the reasons are in
 * `gaps`). A rule the validator would refuse gives an INVALID_RULE error rather than an exception.
 */
export function buildExpression(
  rule: Record<string, unknown>,
  gaps: Gaps,
  placeholders: Placeholders = {},
): Expr | undefined {
  try {
    const detection = rule.detection;
    if (!isRecord(detection)) throw new SigmaCompileError('detection', 'the rule has no detection map', ['detection']);
    const builder = new Builder(gaps, placeholders);
    const names = searchIdentifiers(detection);
    const searches = new Map<string, Expr | undefined>();
    for (const name of names) searches.set(name, builder.search(detection[name], ['detection', name]));
    const selector = new IdentifierSelector(names);
    const conditions = conditionTexts(detection).map(({ text, path }) => {
      let parsed: ReturnType<typeof parseCondition>;
      try {
        parsed = parseCondition(text);
      } catch (error) {
        if (!(error instanceof ConditionSyntaxError)) throw error;
        throw new SigmaCompileError('condition-syntax', `${error.message} (at character ${error.offset + 1})`, path);
      }
      if (parsed.aggregation) {
        gaps.error(
          'AGGREGATION',
          path,
          `'| ${parsed.aggregation.text}' aggregates many events; write it as a Sigma correlation rule (not converted yet)`,
        );
        return undefined;
      }
      return conditionExpr(parsed.ast, selector, searches, path);
    });
    if (conditions.some((c) => c === undefined) || gaps.failed) return undefined;
    return join('or', conditions as Expr[]);
  } catch (error) {
    if (!(error instanceof SigmaCompileError)) throw error;
    gaps.error('INVALID_RULE', error.path, `${error.message} (the validator refuses this rule)`);
    return undefined;
  }
}

function conditionExpr(
  ast: ConditionNode,
  selector: IdentifierSelector,
  searches: ReadonlyMap<string, Expr | undefined>,
  path: RulePath,
): Expr | undefined {
  const failed = { value: false };
  const named = (name: string): Expr => {
    if (!selector.has(name))
      throw new SigmaCompileError('condition-reference', `condition names '${name}', which is not defined`, path);
    const expr = searches.get(name);
    if (expr) return expr;
    // Its reason is already a finding; an empty node keeps the walk going so every other gap is found too.
    failed.value = true;
    return { kind: 'and', operands: [] };
  };
  // The parser bounds nesting (64 levels), so this recursion stays shallow.
  const walk = (node: ConditionNode): Expr => {
    switch (node.kind) {
      case 'and':
      case 'or':
        return join(node.kind, node.operands.map(walk));
      case 'not':
        return not(walk(node.operand));
      case 'ref':
        return named(node.name);
      case 'quantified': {
        const chosen = selector.select(node.pattern);
        if (chosen.length === 0) {
          const what = node.pattern === THEM ? 'them' : `'${node.pattern}'`;
          throw new SigmaCompileError('condition-reference', `${what} matches no search identifier`, path);
        }
        return join(node.quantifier === 'all' ? 'and' : 'or', chosen.map(named));
      }
    }
  };
  const expr = walk(ast);
  return failed.value ? undefined : expr;
}
