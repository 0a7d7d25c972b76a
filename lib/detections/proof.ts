import { validateSigma } from '../sigma/validate';
import { proveRule } from '../sigma/prove';

export interface ProofSummary {
  ok: boolean;
  attack: { matched: number; total: number };
  benign: { matched: number; total: number };
  results: Array<{ key: string; expect: 'match' | 'miss'; matched: boolean; ok: boolean }>;
}

interface Sample {
  key: string;
  expect: string;
  event: unknown;
}

/** Runs the stored rule over the stored samples: what the page claims is computed, never typed in. */
export function proofOf(sigmaYaml: string, samples: ReadonlyArray<Sample>): ProofSummary {
  const { rules } = validateSigma(sigmaYaml, { file: 'stored rule' });
  const proof = proveRule(
    rules.map((r) => r.data),
    samples.map((s) => ({ key: s.key, expect: s.expect === 'miss' ? ('miss' as const) : ('match' as const), event: s.event })),
  );
  const results = proof.results.map((r) => ({ key: r.key, expect: r.expect, matched: r.matched, ok: r.ok }));
  return {
    ok: proof.attack.total > 0 && results.every((r) => r.ok),
    attack: proof.attack,
    benign: proof.benign,
    results,
  };
}
