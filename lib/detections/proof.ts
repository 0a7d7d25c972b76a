import { proveRule } from '../sigma/match';
import { parseSigma } from '../sigma/read';

export interface ProofSummary {
  ok: boolean;
  /** Why the rule could not be run, when it could not (an imported rule the matcher cannot evaluate). */
  error?: string;
  attack: { matched: number; total: number };
  benign: { matched: number; total: number };
  results: Array<{ key: string; expect: 'match' | 'miss'; matched: boolean; ok: boolean }>;
}

interface Sample {
  key: string;
  expect: string;
  event: unknown;
}

const NONE = { matched: 0, total: 0 };

/**
 * Runs the stored rule over the stored samples: what the page claims is computed, never typed in.
 * A page must render whatever was stored, so a rule that cannot run is reported, not thrown.
 */
export function proofOf(sigmaYaml: string, samples: ReadonlyArray<Sample>): ProofSummary {
  if (samples.length === 0) return { ok: false, attack: NONE, benign: NONE, results: [] };
  try {
    const { rules } = parseSigma(sigmaYaml);
    const proof = proveRule(
      rules.map((r) => r.data),
      samples.map((s) => ({
        key: s.key,
        expect: s.expect === 'miss' ? ('miss' as const) : ('match' as const),
        event: s.event,
      })),
    );
    const results = proof.results.map((r) => ({ key: r.key, expect: r.expect, matched: r.matched, ok: r.ok }));
    return {
      ok: proof.attack.total > 0 && results.every((r) => r.ok),
      attack: proof.attack,
      benign: proof.benign,
      results,
    };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      attack: NONE,
      benign: NONE,
      results: [],
    };
  }
}
