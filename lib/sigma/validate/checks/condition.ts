import { scalarOffsets, yamlPositionAt } from '../../../text/yaml-positions';
import type { Position } from '../../findings';
import {
  ConditionSyntaxError,
  conditionNodes,
  conditionReferences,
  MAX_CONDITION_TOKENS,
  type ParsedCondition,
  parseCondition,
} from '../../match/condition';
import { IdentifierSelector, searchIdentifiers, THEM } from '../../match/identifiers';
import { isObject, listNames } from './data';
import { tooLargeToCheck } from './limits';
import { truncate } from './schema-messages';
import { closest } from './suggest';
import type { Check, CheckContext } from './types';

const CONDITION = ['detection', 'condition'] as const;
const MAX_SUGGESTIONS = 20;
const MAX_SUGGESTED_LENGTH = 64;

export const conditionCheck: Check = {
  name: 'condition',
  issues: {
    CONDITION_SYNTAX: { severity: 'error', description: 'the condition does not parse' },
    CONDITION_UNDEFINED: {
      severity: 'error',
      description: 'the condition names a search identifier that detection does not define',
    },
    CONDITION_PATTERN_UNMATCHED: {
      severity: 'error',
      description: "a pattern in the condition ('1 of filter_*') matches no search identifier",
    },
    CONDITION_NO_IDENTIFIERS: {
      severity: 'error',
      description:
        "'1 of them' / 'all of them' with no search identifier for 'them' (names starting with '_' are left out)",
    },
    CONDITION_UNUSED_IDENTIFIER: {
      severity: 'warning',
      description: 'a search identifier is defined but the condition never uses it',
    },
    CONDITION_AGGREGATION_DEPRECATED: {
      severity: 'warning',
      description: "a legacy aggregation ('| count() by x > 5'); Sigma 2 uses correlation rules",
    },
    CONDITION_NEAR_DEPRECATED: {
      severity: 'warning',
      description: "a legacy 'near' aggregation; Sigma 2 uses temporal correlation rules",
    },
  },
  run(ctx) {
    const detection = ctx.rule.data.detection;
    if (!isObject(detection) || typeof detection.condition !== 'string' || tooLargeToCheck(detection)) return;
    const condition = detection.condition;
    const names = searchIdentifiers(detection);
    const at = conditionPositions(ctx);

    let parsed: ParsedCondition;
    try {
      parsed = parseCondition(condition);
    } catch (e) {
      if (!(e instanceof ConditionSyntaxError)) throw e;
      const column = e.offset + 1;
      ctx.report(
        'CONDITION_SYNTAX',
        CONDITION,
        `condition does not parse at character ${column} of '${truncate(condition.trim(), 200)}': ${e.message}`,
        at(e.offset),
      );
      return;
    }

    const selector = new IdentifierSelector(names);
    // Suggestions cost an edit distance per defined name: the first few undefined names of ordinary length get
    // one, the rest none, so a file built of thousands of long names cannot make this check slow.
    const suggestions = new Map<string, string>();
    const hint = (name: string): string => {
      let text = suggestions.get(name);
      if (text === undefined) {
        if (suggestions.size >= MAX_SUGGESTIONS || name.length > MAX_SUGGESTED_LENGTH) return '';
        const guess = closest(name, names);
        text = guess ? ` (did you mean '${guess}'?)` : '';
        suggestions.set(name, text);
      }
      return text;
    };
    const used = new Set<string>();
    const patterns = new Set<string>();
    const defined = `detection defines only ${listNames(names)}`;
    for (const ref of conditionReferences(parsed.ast)) {
      if (!ref.isPattern) {
        used.add(ref.name);
        if (selector.has(ref.name)) continue;
        ctx.report(
          'CONDITION_UNDEFINED',
          CONDITION,
          `condition names '${ref.name}', but ${defined}${hint(ref.name)}`,
          at(ref.offset),
        );
      } else {
        const matches = selector.select(ref.name);
        if (!patterns.has(ref.name)) for (const n of matches) used.add(n);
        patterns.add(ref.name);
        if (matches.length === 0) {
          ctx.report(
            'CONDITION_PATTERN_UNMATCHED',
            CONDITION,
            `condition's pattern '${ref.name}' matches no search identifier; ${defined}`,
            at(ref.offset),
          );
        }
      }
    }
    if (conditionNodes(parsed.ast).some((node) => node.kind === 'quantified' && node.pattern === THEM)) {
      const them = selector.select(THEM);
      for (const n of them) used.add(n);
      if (them.length === 0) {
        const why =
          names.length === 0
            ? 'detection defines no search identifier'
            : `'them' leaves out identifiers starting with '_', and detection defines only ${listNames(names)}`;
        ctx.report('CONDITION_NO_IDENTIFIERS', CONDITION, `condition uses 'them', but ${why}`);
      }
    }
    if (parsed.aggregation) checkAggregation(ctx, parsed.aggregation, selector, used, at);

    for (const name of names) {
      if (!used.has(name))
        ctx.report(
          'CONDITION_UNUSED_IDENTIFIER',
          ['detection', name],
          `search identifier '${name}' is defined but the condition never uses it`,
        );
    }
  },
};

function checkAggregation(
  ctx: CheckContext,
  aggregation: NonNullable<ParsedCondition['aggregation']>,
  selector: IdentifierSelector,
  used: Set<string>,
  at: (offset: number) => Position,
): void {
  const where = at(aggregation.offset);
  if (aggregation.kind !== 'near') {
    ctx.report(
      'CONDITION_AGGREGATION_DEPRECATED',
      CONDITION,
      `'| ${aggregation.text}' is a legacy aggregation, deprecated since Sigma 2.0: express it as a correlation rule (event_count / value_count)`,
      where,
    );
    return;
  }
  ctx.report(
    'CONDITION_NEAR_DEPRECATED',
    CONDITION,
    `'| ${aggregation.text}' is a legacy 'near' aggregation, deprecated since Sigma 2.0: express it as a temporal correlation rule`,
    where,
  );
  // The identifiers after `near` are search identifiers too and must exist.
  let words = 0;
  for (const match of aggregation.text.matchAll(/[A-Za-z0-9_.\-*]+/g)) {
    if (++words > MAX_CONDITION_TOKENS) break;
    const word = match[0];
    if (['near', 'and', 'not'].includes(word.toLowerCase())) continue;
    used.add(word);
    if (selector.has(word)) continue;
    const offset = aggregation.offset + (match.index ?? 0);
    ctx.report(
      'CONDITION_UNDEFINED',
      CONDITION,
      `condition's 'near' names '${word}', but detection defines only ${listNames(selector.names)}`,
      at(offset),
    );
  }
}

/** Positions of characters of the condition, in the file (inside the scalar, wherever it is written). */
function conditionPositions(ctx: CheckContext): (offset: number) => Position {
  const located = ctx.locate(CONDITION);
  const node = located.node;
  if (!node) return () => located.position;
  const offsets = scalarOffsets(ctx.yaml.text, node);
  return (offset) => yamlPositionAt(ctx.yaml.lineCounter, offsets(offset));
}
