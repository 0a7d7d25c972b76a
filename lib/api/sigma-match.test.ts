// The playground's time budget: a run that takes longer than a second is stopped and answered with the limit.
import { describe, expect, it } from 'vitest';
import { VALID_RULE } from '../sigma/test-support';
import { PLAYGROUND_MATCH_BUDGET, sigmaMatchAnswer } from './sigma-match';

describe('sigmaMatchAnswer', () => {
  it(`stops a run at ${PLAYGROUND_MATCH_BUDGET.runMillis} ms and says so, naming where it stopped`, () => {
    let now = 0;
    const clock = () => (now += 300);
    const events = Array.from({ length: 10 }, () => ({ eventSource: 'ec2.amazonaws.com' }));
    expect(sigmaMatchAnswer({ sigma: VALID_RULE, events }, { clock })).toEqual({
      ok: false,
      code: 'match_budget',
      message: 'matching took more than 1,000 ms, the limit per run (stopped at event 2)',
      details: { limit: 'runMillis', max: 1000, at: 'event 2' },
    });
  });
});
