import { describe, expect, it } from 'vitest';
import {
  type ConditionNode,
  ConditionSyntaxError,
  conditionNodes,
  conditionReferences,
  parseCondition,
} from './condition';

function ast(text: string): ConditionNode {
  return parseCondition(text).ast;
}

function syntaxError(text: string): { message: string; offset: number } {
  try {
    parseCondition(text);
  } catch (error) {
    if (error instanceof ConditionSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error(`expected '${text}' to be rejected`);
}

describe('parseCondition', () => {
  it('parses a single search identifier', () => {
    expect(ast('selection')).toEqual({ kind: 'ref', name: 'selection', offset: 0 });
  });

  it('binds and tighter than or', () => {
    expect(ast('a or b and c')).toEqual({
      kind: 'or',
      operands: [
        { kind: 'ref', name: 'a', offset: 0 },
        {
          kind: 'and',
          operands: [
            { kind: 'ref', name: 'b', offset: 5 },
            { kind: 'ref', name: 'c', offset: 11 },
          ],
        },
      ],
    });
  });

  it('binds not tighter than and', () => {
    expect(ast('selection and not filter')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'ref', name: 'selection', offset: 0 },
        { kind: 'not', operand: { kind: 'ref', name: 'filter', offset: 18 } },
      ],
    });
  });

  it('reads a chain of one operator as one node with its operands in order', () => {
    expect(ast('a and b and c')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'ref', name: 'a', offset: 0 },
        { kind: 'ref', name: 'b', offset: 6 },
        { kind: 'ref', name: 'c', offset: 12 },
      ],
    });
  });

  it('lets parentheses override precedence', () => {
    expect(ast('(a or b) and c')).toEqual({
      kind: 'and',
      operands: [
        {
          kind: 'or',
          operands: [
            { kind: 'ref', name: 'a', offset: 1 },
            { kind: 'ref', name: 'b', offset: 6 },
          ],
        },
        { kind: 'ref', name: 'c', offset: 13 },
      ],
    });
  });

  it('reads keywords in any case', () => {
    expect(ast('A AND NOT b Or ALL OF them')).toEqual({
      kind: 'or',
      operands: [
        {
          kind: 'and',
          operands: [
            { kind: 'ref', name: 'A', offset: 0 },
            { kind: 'not', operand: { kind: 'ref', name: 'b', offset: 10 } },
          ],
        },
        { kind: 'quantified', quantifier: 'all', pattern: 'them', offset: 22 },
      ],
    });
  });

  it('parses 1 of and all of patterns', () => {
    expect(ast('1 of selection_* and not all of filter*')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'quantified', quantifier: 'one', pattern: 'selection_*', offset: 5 },
        { kind: 'not', operand: { kind: 'quantified', quantifier: 'all', pattern: 'filter*', offset: 32 } },
      ],
    });
  });

  it('parses 1 of them', () => {
    expect(ast('1 of them')).toEqual({ kind: 'quantified', quantifier: 'one', pattern: 'them', offset: 5 });
  });

  it('keeps identifiers with digits, dashes and dots', () => {
    expect(ast('sel-1.a')).toEqual({ kind: 'ref', name: 'sel-1.a', offset: 0 });
  });

  it('parses the legacy count aggregation after a pipe', () => {
    expect(parseCondition('selection | count(dst_port) by src_ip > 10')).toEqual({
      ast: { kind: 'ref', name: 'selection', offset: 0 },
      aggregation: { kind: 'count', text: 'count(dst_port) by src_ip > 10', offset: 12 },
    });
  });

  it('parses count() without a field', () => {
    expect(parseCondition('selection | count() > 5').aggregation).toEqual({
      kind: 'count',
      text: 'count() > 5',
      offset: 12,
    });
  });

  it('parses the legacy near aggregation', () => {
    expect(parseCondition('selection1 | near selection2')).toEqual({
      ast: { kind: 'ref', name: 'selection1', offset: 0 },
      aggregation: { kind: 'near', text: 'near selection2', offset: 13 },
    });
  });
});

describe('parseCondition errors', () => {
  it('reports a missing closing parenthesis at the end', () => {
    expect(syntaxError('selection_img and (selection_cli or')).toEqual({
      message: "unexpected end of condition after 'or'",
      offset: 35,
    });
    expect(syntaxError('a and (b or c')).toEqual({ message: "missing ')' at end", offset: 13 });
  });

  it('reports an operator following an operator', () => {
    expect(syntaxError('a and or b')).toEqual({ message: "unexpected 'or' after 'and'", offset: 6 });
  });

  it('reports an operator at the start', () => {
    expect(syntaxError('and a')).toEqual({ message: "unexpected 'and' at start", offset: 0 });
  });

  it('reports a dangling operator', () => {
    expect(syntaxError('a and')).toEqual({ message: "unexpected end of condition after 'and'", offset: 5 });
  });

  it('reports two identifiers without an operator', () => {
    expect(syntaxError('a b')).toEqual({ message: "expected 'and' or 'or' before 'b'", offset: 2 });
  });

  it('reports an unmatched closing parenthesis', () => {
    expect(syntaxError('a)')).toEqual({ message: "unexpected ')' without a matching '('", offset: 1 });
  });

  it('reports empty parentheses', () => {
    expect(syntaxError('()')).toEqual({ message: "unexpected ')' after '('", offset: 1 });
  });

  it('rejects any of', () => {
    expect(syntaxError('any of selection*')).toEqual({
      message: "'any of' is not valid Sigma; use '1 of' or 'all of'",
      offset: 0,
    });
  });

  it('rejects counts other than 1', () => {
    expect(syntaxError('2 of selection*')).toEqual({
      message: "'2 of' is not valid Sigma; use '1 of' or 'all of'",
      offset: 0,
    });
  });

  it('rejects a pattern outside 1 of / all of', () => {
    expect(syntaxError('selection*')).toEqual({
      message: "'selection*' is a pattern; write '1 of selection*' or 'all of selection*'",
      offset: 0,
    });
  });

  it('rejects of without a target', () => {
    expect(syntaxError('1 of')).toEqual({
      message: "expected a search identifier pattern or 'them' after '1 of'",
      offset: 4,
    });
  });

  it('rejects them on its own', () => {
    expect(syntaxError('them')).toEqual({
      message: "unexpected 'them' at start ('them' only follows '1 of' or 'all of')",
      offset: 0,
    });
  });

  it('rejects an empty condition', () => {
    expect(syntaxError('   ')).toEqual({ message: 'condition is empty', offset: 0 });
  });

  it('rejects characters outside the language', () => {
    expect(syntaxError('a && b')).toEqual({ message: "unexpected character '&'", offset: 2 });
  });

  it('rejects an unknown aggregation', () => {
    expect(syntaxError('a | frobnicate(x) > 1')).toEqual({
      message: "unknown aggregation 'frobnicate' after '|' (count, min, max, avg, sum or near)",
      offset: 4,
    });
  });

  it('rejects a malformed aggregation', () => {
    expect(syntaxError('a | count(x) by')).toEqual({
      message: "malformed aggregation 'count(x) by'; expected 'count(field) [by field] > number'",
      offset: 4,
    });
  });

  it('rejects a pipe without a condition', () => {
    expect(syntaxError('| count() > 1')).toEqual({ message: "expected a condition before '|'", offset: 0 });
  });
});

describe('parseCondition limits', () => {
  const chain = (n: number): string => Array(n).fill('sel').join(' and ');

  it('takes a condition of up to 1,000 words and parentheses', () => {
    const parsed = parseCondition(chain(500));
    expect(parsed.ast.kind === 'and' && parsed.ast.operands.length).toBe(500);
  });

  it('refuses a longer one with a syntax error, at the first word too many, whatever its length', () => {
    expect(syntaxError(chain(501))).toEqual({
      message:
        "condition has more than 1000 words and parentheses; shorten it (e.g. '1 of selection_*' instead of listing each one)",
      offset: 4000,
    });
    const started = performance.now();
    expect(syntaxError(chain(20_000)).offset).toBe(4000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes 64 nested parentheses or nots, and refuses a 65th', () => {
    expect(ast(`${'('.repeat(64)}a${')'.repeat(64)}`)).toEqual({ kind: 'ref', name: 'a', offset: 64 });
    expect(syntaxError(`${'('.repeat(65)}a${')'.repeat(65)}`)).toEqual({
      message: "more than 64 parentheses and 'not's nested in one another",
      offset: 64,
    });
    expect(syntaxError(`${'not '.repeat(65)}a`)).toEqual({
      message: "more than 64 parentheses and 'not's nested in one another",
      offset: 256,
    });
    expect(syntaxError(`${'( not '.repeat(40)}a${' )'.repeat(40)}`).offset).toBe(6 * 32);
  });

  it('counts depth, not how many groups there are', () => {
    const groups = Array(100).fill('(a or not b)').join(' and ');
    expect(() => parseCondition(groups)).not.toThrow();
  });
});

describe('conditionNodes', () => {
  it('walks a long chain without recursing per operand', () => {
    const ast = {
      kind: 'and' as const,
      operands: Array.from({ length: 200_000 }, (_, i) => ({ kind: 'ref' as const, name: `s${i}`, offset: i })),
    };
    const nested = Array.from({ length: 50_000 }).reduce<ConditionNode>(
      (inner) => ({ kind: 'not', operand: inner }),
      ast,
    );
    expect(conditionNodes(nested)).toHaveLength(250_001);
    expect(conditionReferences(nested)[199_999]).toEqual({ name: 's199999', isPattern: false, offset: 199_999 });
  });
});

describe('conditionReferences', () => {
  it('lists identifiers and patterns in reading order and leaves out them', () => {
    expect(conditionReferences(ast('sel and not 1 of filter_* or all of them'))).toEqual([
      { name: 'sel', isPattern: false, offset: 0 },
      { name: 'filter_*', isPattern: true, offset: 17 },
    ]);
  });
});
