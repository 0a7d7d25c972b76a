// What validation answers to each hostile rule, and that the YAML parser is given a bounded amount of work whatever
// the rule: counted in the parser's own tokens, not in milliseconds (bench/sigma-hostile.ts times them).

import { describe, expect, it } from 'vitest';
import { Lexer } from 'yaml';
import { DEFAULT_MAX_BYTES } from './read/bytes';
import { parseSigma } from './read/parse';
import { MAX_YAML_TOKENS } from './read/yaml/guard';
import { hostileInputs } from './test-support';
import { validateSigma } from './validate/validate';

/** The error codes each hostile rule is refused with; none for those that are valid Sigma. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'nested flow sequences filling the file': ['YAML_TOO_LARGE'],
  'nested flow sequences just under the limits': ['COMPILE_VALUE_TYPE'],
  "'a, [b, [c' nesting": ['YAML_TOO_LARGE'],
  'wide flow map': ['COMPILE_VALUE_TYPE'],
  'long flow scalars': [],
  'long quoted scalar with escapes': [],
  'a value of wildcards': ['COMPILE_TOO_MANY_WILDCARDS'],
  'many anchors and aliases': [],
  'aliases expanding past the budget': ['YAML_ALIAS_LIMIT'],
  'deep block nesting': ['YAML_TOO_DEEP'],
  'deep block sequences': ['YAML_TOO_DEEP'],
  "block sequences chained on each line ('- - - x')": ['COMPILE_VALUE_TYPE'],
  'node properties on one line': ['YAML_TOO_LARGE'],
  'many documents': [],
  'many keys': [],
  'many search identifiers': ['DETECTION_TOO_MANY_IDENTIFIERS'],
  'many duplicate keys': ['YAML_DUPLICATE_KEY'],
  'long condition': ['CONDITION_SYNTAX'],
  'many regular expressions': ['COMPILE_REGEX_TOO_LARGE'],
  'one regular expression at the size limit': [],
  comments: [],
};

/** Refused before parsing: the parser never sees these. */
const GUARDED = new Set(['YAML_TOO_LARGE', 'YAML_TOO_DEEP']);

const inputs = hostileInputs();

describe('hostile rules', () => {
  it('are each within the size cap, and are all named here', () => {
    expect(inputs.map((h) => h.name)).toEqual(Object.keys(EXPECTED));
    for (const { name, text } of inputs) expect(Buffer.byteLength(text), name).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
  });

  it.each(inputs.map((h) => [h.name, h.text]))('%s: validated or refused as expected', (name, text) => {
    const result = validateSigma(text);
    const errors = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
    expect(errors).toEqual(EXPECTED[name]);
    expect(result.ok).toBe(errors.length === 0);
  });

  it('refuses the guarded ones before parsing, and gives the parser a bounded number of tokens otherwise', () => {
    for (const { name, text } of inputs) {
      const guarded = (EXPECTED[name] ?? []).some((code) => GUARDED.has(code));
      if (guarded) {
        expect(parseSigma(text).documents, name).toEqual([]);
        continue;
      }
      let tokens = 0;
      for (const _ of new Lexer().lex(text)) tokens++;
      expect(tokens, name).toBeLessThan(10 * MAX_YAML_TOKENS);
    }
  });
});
