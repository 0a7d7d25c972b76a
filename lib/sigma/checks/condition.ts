import { ConditionSyntaxError, conditionNodes, conditionReferences, parseCondition, type ParsedCondition } from '../condition';
import type { Position } from '../findings';
import { offsetInScalar, positionAt } from '../yaml/positions';
import { IdentifierSelector, searchIdentifiers, THEM } from '../identifiers';
import { isObject, listNames } from './data';
import { closest } from './suggest';
import type { Check, CheckContext } from './types';

const CONDITION = ['detection', 'condition'] as const;

export const conditionCheck: Check = {
  name: 'condition',
  issues: {
    CONDITION_SYNTAX: { severity: 'error', description: 'the condition does not parse' },
    CONDITION_UNDEFINED: { severity: 'error', description: 'the condition names a search identifier that detection does not define' },
    CONDITION_PATTERN_UNMATCHED: { severity: 'error', description: "a pattern in the condition ('1 of filter_*') matches no search identifier" },
    CONDITION_NO_IDENTIFIERS: { severity: 'error', description: "'1 of them' / 'all of them' with no search identifier for 'them' (names starting with '_' are left out)" },
    CONDITION_UNUSED_IDENTIFIER: { severity: 'warning', description: 'a search identifier is defined but the condition never uses it' },
    CONDITION_AGGREGATION_DEPRECATED: { severity: 'warning', description: "a legacy aggregation ('| count() by x > 5'); Sigma 2 uses correlation rules" },
    CONDITION_NEAR_DEPRECATED: { severity: 'warning', description: "a legacy 'near' aggregation; Sigma 2 uses temporal correlation rules" },
  },
  run(ctx) {
    const detection = ctx.rule.data.detection;
    if (!isObject(detection) || typeof detection.condition !== 'string') return;
    const condition = detection.condition;
    const names = searchIdentifiers(detection);

    let parsed: ParsedCondition;
    try {
      parsed = parseCondition(condition);
    } catch (e) {
      if (!(e instanceof ConditionSyntaxError)) throw e;
      const column = e.offset + 1;
      ctx.report('CONDITION_SYNTAX', CONDITION, `condition does not parse at character ${column} of '${condition.trim()}': ${e.message}`, at(ctx, e.offset));
      return;
    }

    const selector = new IdentifierSelector(names);
    const used = new Set<string>();
    const defined = `detection defines only ${listNames(names)}`;
    for (const ref of conditionReferences(parsed.ast)) {
      if (!ref.isPattern) {
        used.add(ref.name);
        if (selector.has(ref.name)) continue;
        const guess = closest(ref.name, names);
        const hint = guess ? ` (did you mean '${guess}'?)` : '';
        ctx.report('CONDITION_UNDEFINED', CONDITION, `condition names '${ref.name}', but ${defined}${hint}`, at(ctx, ref.offset));
      } else {
        const matches = selector.select(ref.name);
        matches.forEach((n) => used.add(n));
        if (matches.length === 0) {
          ctx.report('CONDITION_PATTERN_UNMATCHED', CONDITION, `condition's pattern '${ref.name}' matches no search identifier; ${defined}`, at(ctx, ref.offset));
        }
      }
    }
    if (conditionNodes(parsed.ast).some((node) => node.kind === 'quantified' && node.pattern === THEM)) {
      const them = selector.select(THEM);
      them.forEach((n) => used.add(n));
      if (them.length === 0) {
        const why = names.length === 0 ? 'detection defines no search identifier' : `'them' leaves out identifiers starting with '_', and detection defines only ${listNames(names)}`;
        ctx.report('CONDITION_NO_IDENTIFIERS', CONDITION, `condition uses 'them', but ${why}`);
      }
    }
    if (parsed.aggregation) checkAggregation(ctx, parsed.aggregation, names, used);

    for (const name of names) {
      if (!used.has(name)) ctx.report('CONDITION_UNUSED_IDENTIFIER', ['detection', name], `search identifier '${name}' is defined but the condition never uses it`);
    }
  },
};

function checkAggregation(ctx: CheckContext, aggregation: NonNullable<ParsedCondition['aggregation']>, names: readonly string[], used: Set<string>): void {
  const where = at(ctx, aggregation.offset);
  if (aggregation.kind !== 'near') {
    ctx.report(
      'CONDITION_AGGREGATION_DEPRECATED',
      CONDITION,
      `'| ${aggregation.text}' is a legacy aggregation, deprecated since Sigma 2.0: express it as a correlation rule (event_count / value_count)`,
      where,
    );
    return;
  }
  ctx.report('CONDITION_NEAR_DEPRECATED', CONDITION, `'| ${aggregation.text}' is a legacy 'near' aggregation, deprecated since Sigma 2.0: express it as a temporal correlation rule`, where);
  // The identifiers after `near` are search identifiers too and must exist.
  for (const match of aggregation.text.matchAll(/[A-Za-z0-9_.\-*]+/g)) {
    const word = match[0];
    if (['near', 'and', 'not'].includes(word.toLowerCase())) continue;
    used.add(word);
    if (names.includes(word)) continue;
    const offset = aggregation.offset + (match.index ?? 0);
    ctx.report('CONDITION_UNDEFINED', CONDITION, `condition's 'near' names '${word}', but detection defines only ${listNames(names)}`, at(ctx, offset));
  }
}


/** The position of a character of the condition, in the file (inside the scalar, wherever it is written). */
function at(ctx: CheckContext, offset: number): Position {
  const located = ctx.locate(CONDITION);
  if (!located.node) return located.position;
  return positionAt(ctx.yaml.lineCounter, offsetInScalar(ctx.yaml.text, located.node, offset));
}
