// Every match run is bounded by size and time, and ends with an error that names the limit.

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_MATCH_BUDGET, type MatchBudget, MatchBudgetError, MatchRun } from './budget';
import type { SigmaRuleObject } from './match';
import { explainEvents, proveRule } from './prove';

const rule = (detection: string): SigmaRuleObject =>
  parse(`detection:\n${detection.replace(/^/gm, '  ')}`) as SigmaRuleObject;
const SIMPLE = rule('sel:\n  A|contains: x\ncondition: sel');

function budgetError(run: () => unknown): MatchBudgetError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchBudgetError) return error;
    throw error;
  }
  throw new Error('expected the run to go over its budget');
}

/** A clock that moves on by `step` milliseconds each time it is read. */
function steppingClock(step: number): () => number {
  let now = 0;
  return () => {
    now += step;
    return now;
  };
}

describe('match budget', () => {
  it('refuses an event larger than the limit per event, naming the event, its size and the limit', () => {
    const events = [{ A: 'x' }, { A: 'x'.repeat(DEFAULT_MATCH_BUDGET.eventBytes) }];
    const error = budgetError(() => explainEvents([SIMPLE], events));
    expect(error).toMatchObject({ limit: 'eventBytes', max: 262_144, at: 'event 1' });
    expect(error.message).toBe('event 1 is 262,152 bytes as JSON, more than the 262,144 bytes allowed per event');
  });

  it('counts bytes as UTF-8, and takes a size the caller already knows without walking the event', () => {
    const budget: MatchBudget = { ...DEFAULT_MATCH_BUDGET, eventBytes: 10 };
    expect(budgetError(() => explainEvents([SIMPLE], [{ A: 'ééé' }], { budget })).message).toMatch(/is 14 bytes/);
    const run = new MatchRun(budget);
    expect(() => run.admit({ A: 1 }, 'line 3', 11)).toThrow('line 3 is 11 bytes as JSON');
  });

  it('refuses an event nested deeper than the limit, without recursing into it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const error = budgetError(() => explainEvents([SIMPLE], [{ A: deep }]));
    expect(error).toMatchObject({ limit: 'eventDepth', max: 64 });
    expect(error.message).toBe('event 0 nests objects and arrays more than 64 levels deep, the limit per event');
    expect(explainEvents([SIMPLE], [{ A: [[[['x']]]] }])[0]?.match).toBe(true);
  });

  it('refuses a run whose events add up to more than the limit per run', () => {
    const budget: MatchBudget = { ...DEFAULT_MATCH_BUDGET, runBytes: 100 };
    const events = Array.from({ length: 5 }, () => ({ A: 'y'.repeat(20) }));
    expect(budgetError(() => explainEvents([SIMPLE], events, { budget })).message).toBe(
      'the events up to event 3 are 112 bytes as JSON, more than the 100 bytes allowed per run',
    );
  });

  it('stops a run that takes longer than its limit, between events', () => {
    const samples = ['a', 'b', 'c', 'd'].map((key) => ({ key, expect: 'match' as const, event: { A: 'x' } }));
    const error = budgetError(() => proveRule([SIMPLE], samples, { clock: steppingClock(600) }));
    expect(error).toMatchObject({ limit: 'runMillis', max: 2000 });
    expect(error.message).toBe("matching took more than 2,000 ms, the limit per run (stopped at sample 'c')");
  });

  it('stops an event that takes longer than its limit while it is being matched, not only after', () => {
    const fourSearches = rule('a: {A|re: z}\nb: {B|re: z}\nc: {C|re: z}\nd: {D|re: z}\ncondition: 1 of them');
    const long = 'y'.repeat(100_000);
    const budget: MatchBudget = { ...DEFAULT_MATCH_BUDGET, runMillis: 60_000, eventBytes: 1 << 20 };
    const error = budgetError(() =>
      explainEvents([fourSearches], [{ A: long, B: long, C: long, D: long }], { budget, clock: steppingClock(400) }),
    );
    expect(error).toMatchObject({ limit: 'eventMillis', max: 1000, at: 'event 0' });
    expect(error.message).toBe(
      "matching event 0 took more than 1,000 ms, the limit per event: the rule's tests are too costly for this event",
    );
  });

  it('lets a real run through: (a+)+$ on a 50 KB value, among other samples', () => {
    const evil = rule("sel:\n  CommandLine|re: '(a+)+$'\ncondition: sel");
    const proof = proveRule(
      [evil],
      [
        { key: 'long', expect: 'miss', event: { CommandLine: `${'a'.repeat(50_000)}!` } },
        { key: 'short', expect: 'match', event: { CommandLine: 'baaa' } },
      ],
    );
    expect(proof.results.map((r) => [r.key, r.matched, r.ok])).toEqual([
      ['long', false, true],
      ['short', true, true],
    ]);
  });
});
