// The matcher's own verdict: every rule is compiled exactly as `sigma match`, the sample proofs and the detection
// pages compile it, so a rule that validates without errors is a rule the matcher runs. What the other checks
// already said about the same part of the rule (an unknown modifier, a condition naming nothing) is not repeated.

import type { PathSegment } from '../../../text/yaml-path';
import type { CompileErrorCode, SigmaCompileError } from '../../match/compile-error';
import { compileProblems, type SigmaRuleObject } from '../../match/match';
import { isObject } from './data';
import { tooLargeToCheck } from './limits';
import type { Check, Issue } from './types';

const error = (description: string): Issue => ({ severity: 'error', description });
const unlessSaid = (what: string): Issue => error(`${what} (reported only when no other check has said why)`);

/**
 * One finding code per reason the matcher gives (`COMPILE_` and the matcher's code); null where another check owns
 * the subject. Typed by the matcher's codes, so a new reason cannot go unmapped.
 */
const ISSUES: Readonly<Record<CompileErrorCode, { code: string; issue: Issue } | null>> = {
  detection: { code: 'COMPILE_DETECTION', issue: unlessSaid('the matcher finds no detection map') },
  condition: {
    code: 'COMPILE_CONDITION',
    issue: unlessSaid('the matcher finds no condition, or one that is not text'),
  },
  'condition-syntax': { code: 'COMPILE_CONDITION_SYNTAX', issue: unlessSaid('the matcher cannot parse the condition') },
  'condition-reference': {
    code: 'COMPILE_CONDITION_REFERENCE',
    issue: unlessSaid('the condition names a search identifier the matcher cannot find'),
  },
  // Legacy aggregations are the condition check's: a warning that they are deprecated, as the Sigma spec has it.
  aggregation: null,
  'search-type': {
    code: 'COMPILE_SEARCH_TYPE',
    issue: unlessSaid('a search identifier is neither a map, a list of maps nor a list of keywords'),
  },
  'empty-search': { code: 'COMPILE_EMPTY_SEARCH', issue: error('a search identifier is an empty map or list') },
  'mixed-list': {
    code: 'COMPILE_MIXED_LIST',
    issue: error('a search identifier lists maps and plain values together'),
  },
  keyword: { code: 'COMPILE_KEYWORD', issue: error('a keyword search (no field) uses null, exists or fieldref') },
  'empty-list': { code: 'COMPILE_EMPTY_LIST', issue: error("a field's list of values is empty") },
  'value-type': {
    code: 'COMPILE_VALUE_TYPE',
    issue: error("a value the matcher cannot use ('exists' or 'fieldref' mixed with other values, a map as a value)"),
  },
  'unknown-modifier': { code: 'COMPILE_UNKNOWN_MODIFIER', issue: unlessSaid('the matcher does not know a modifier') },
  wildcards: {
    code: 'COMPILE_TOO_MANY_WILDCARDS',
    issue: error("the rule's values hold more '*' and '?' together than the matcher compiles quickly"),
  },
  modifier: {
    code: 'COMPILE_MODIFIER',
    issue: error(
      "a modifier cannot apply to its value ('re' then 'contains', 'base64' of a wildcard, a 'cidr' that is no network, 'exists' without true or false)",
    ),
  },
  placeholder: {
    code: 'COMPILE_PLACEHOLDER',
    issue: {
      severity: 'warning',
      description:
        "an '|expand' placeholder (%name%) has no value here: the rule runs only where one is supplied, as SigmaHQ's rules-placeholder rules expect",
    },
  },
  regex: {
    code: 'COMPILE_REGEX',
    issue: error("a '|re' value is no regular expression (unbalanced parentheses, an unknown escape, a bad class)"),
  },
  'regex-unsupported': {
    code: 'COMPILE_REGEX_UNSUPPORTED',
    issue: error(
      "a '|re' value uses what cannot be matched in linear time (a backreference, lookahead or lookbehind, an atomic group, a possessive quantifier, recursion)",
    ),
  },
  'regex-size': {
    code: 'COMPILE_REGEX_TOO_LARGE',
    issue: error("a '|re' value, or the rule's regular expressions together, are too large to compile quickly"),
  },
};

export const compileCheck: Check = {
  name: 'compile',
  issues: Object.fromEntries(Object.values(ISSUES).flatMap((entry) => (entry ? [[entry.code, entry.issue]] : []))),
  run(ctx) {
    const detection = ctx.rule.data.detection;
    if (isObject(detection) && tooLargeToCheck(detection)) return;
    const missing: Array<{ name: string; path: readonly PathSegment[] }> = [];
    const problems = compileProblems(ctx.rule.data as SigmaRuleObject, {
      onMissingPlaceholder: (name, path) => missing.push({ name, path }),
    });
    for (const { name, path } of missing) {
      ctx.report(
        'COMPILE_PLACEHOLDER',
        path,
        `'%${name}%' is an '|expand' placeholder with no value here: the rule matches only where one is supplied (sigma match --placeholder ${name}=...)`,
      );
    }
    for (const problem of problems) {
      const mapped = ISSUES[problem.code];
      if (mapped === null || ctx.errorReportedAt(problem.path)) continue;
      ctx.report(mapped.code, problem.path, describeProblem(problem));
    }
  },
};

/** "the matcher cannot run 'CommandLine|re|contains': 'contains': applies to strings, not to a regex value". */
function describeProblem(problem: SigmaCompileError): string {
  const key = problem.path.length > 2 ? problem.path.findLast((s) => typeof s === 'string') : undefined;
  return `the matcher cannot run ${key === undefined ? 'this rule' : `'${key}'`}: ${problem.message}`;
}
