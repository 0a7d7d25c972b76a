// POST /api/v1/sigma/match: runs a posted rule over posted events (or proves it on samples), as the browser editor
// does while a person types. Public, so every run is bounded: the body by SIGMA_MATCH_BODY_LIMIT, the events and
// the time they take by PLAYGROUND_MATCH_BUDGET; going over answers 422 naming the limit.
import { z } from 'zod';
import { runProof } from '../detections/proof';
import {
  explainEvents,
  type MatchBudget,
  MatchBudgetError,
  type RunOptions,
  SigmaCompileError,
  type SigmaRuleObject,
} from '../sigma/match';
import type { ErrorCode } from './respond';
import { findingJson, validatePostedRule } from './sigma-validate';

/** The rule (at most SIGMA_BODY_LIMIT, as for validation) and the run's events (at most runBytes), with room for JSON's quoting. */
export const SIGMA_MATCH_BODY_LIMIT = 1024 * 1024;
/** Events (or samples) one request may ask about: samples typed or pasted by a person, not a log file. */
export const MAX_POSTED_EVENTS = 1000;

/** What a person pastes: a sample is a few KB, a run a handful of them, and the answer comes while they type. */
export const PLAYGROUND_MATCH_BUDGET: Readonly<MatchBudget> = {
  /** The window a regular expression looks at (MAX_REGEX_INPUT): a larger event is no sample. */
  eventBytes: 64 * 1024,
  eventDepth: 64,
  runBytes: 512 * 1024,
  eventMillis: 500,
  runMillis: 1000,
};

const present = (value: unknown): boolean => value !== undefined;

export const sigmaMatchRequest = z
  .object({
    sigma: z.string(),
    events: z.array(z.unknown()).max(MAX_POSTED_EVENTS).optional(),
    samples: z
      .array(
        z
          .object({
            key: z.string().min(1).max(200),
            expect: z.enum(['match', 'miss']),
            /** The id of the rule the sample is for, in a file of several; any rule when absent. */
            rule: z.string().max(200).optional(),
            event: z.unknown().refine(present, 'is required'),
          })
          .strict(),
      )
      .max(MAX_POSTED_EVENTS)
      .optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.events === undefined) === (body.samples === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['events'],
        message: 'give either events or samples (exactly one of them)',
      });
    }
  });

export type SigmaMatchAnswer =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; code: ErrorCode; message: string; details: Record<string, unknown> };

export function sigmaMatchAnswer(
  input: z.infer<typeof sigmaMatchRequest>,
  options: Pick<RunOptions, 'clock'> = {},
): SigmaMatchAnswer {
  const validation = validatePostedRule(input.sigma);
  const findings = validation.findings.map(findingJson);
  if (!validation.ok) {
    const errors = findings.filter((f) => f.severity === 'error');
    const first = errors[0];
    const message = `the rule has ${errors.length} error${errors.length === 1 ? '' : 's'}${first ? `; the first, at line ${first.line}: ${first.message}` : ''}`;
    return { ok: false, code: 'invalid_rule', message, details: { findings } };
  }
  const run: RunOptions = { budget: PLAYGROUND_MATCH_BUDGET, ...options };
  try {
    if (input.samples) {
      // The proof a detection stores when it is written, computed the same way.
      const proof = runProof(validation.rules, input.samples, run.budget, run.clock);
      return {
        ok: true,
        body: {
          proof: { ok: proof.ok, attack: proof.attack, benign: proof.benign },
          results: proof.results.map(({ matched, ...result }, index) => ({ index, ...result, match: matched })),
          findings,
        },
      };
    }
    const rules = validation.rules.map((r) => r.data as SigmaRuleObject);
    const explained = explainEvents(rules, input.events ?? [], run);
    return {
      ok: true,
      body: {
        results: explained.map((e, index) => ({ index, match: e.match, selections: e.selections })),
        findings,
      },
    };
  } catch (error) {
    if (error instanceof MatchBudgetError) {
      return {
        ok: false,
        code: 'match_budget',
        message: error.message,
        details: { limit: error.limit, max: error.max, at: error.at },
      };
    }
    // Validation passes some rules the matcher cannot run without help (an |expand placeholder has no value here).
    if (error instanceof SigmaCompileError) {
      return {
        ok: false,
        code: 'invalid_rule',
        message: `the rule cannot run: ${error.message}`,
        details: { findings },
      };
    }
    throw error;
  }
}
