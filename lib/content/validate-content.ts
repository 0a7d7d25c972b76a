import type { AttackCatalog } from '../attack/catalog';
import { SourceError } from '../errors';
import { toSourceError } from '../sigma/findings';
import { type ProofResult, proveRule } from '../sigma/match';
import { validateSigma } from '../sigma/validate';
import { readUtf8 } from './read-file';
import type { ContentSet, DetectionSource } from './types';
import { parseYamlSource } from './yaml-doc';

export interface ValidatedDetection {
  source: DetectionSource;
  sigmaId: string | null;
  proof: ProofResult;
}

/** Cross-file checks: ATT&CK IDs, platforms, related slugs, the Sigma rule, and the rule's proof on its samples. */
export function validateContent(
  content: ContentSet,
  catalog: AttackCatalog,
): { detections: ValidatedDetection[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const detections: ValidatedDetection[] = [];
  const slugs = new Set(content.detections.map((d) => d.slug));
  for (const det of content.detections) {
    try {
      detections.push(validateDetection(det, catalog, slugs));
    } catch (err) {
      if (err instanceof SourceError) errors.push(err);
      else throw err;
    }
  }
  return { detections, errors };
}

function validateDetection(
  det: DetectionSource,
  catalog: AttackCatalog,
  slugs: ReadonlySet<string>,
): ValidatedDetection {
  const detFile = `${det.dir}/detection.mdx`;
  for (const id of det.front.techniques) {
    const t = catalog.byId.get(id);
    if (!t)
      throw new SourceError('UNKNOWN_TECHNIQUE', `techniques: ${id} is not in ATT&CK ${catalog.version}`, {
        file: detFile,
      });
    if (t.revoked || t.deprecated)
      throw new SourceError(
        'RETIRED_TECHNIQUE',
        `techniques: ${id} is ${t.revoked ? 'revoked' : 'deprecated'} in ATT&CK ${catalog.version}`,
        { file: detFile },
      );
  }
  for (const rel of det.front.related) {
    if (rel === det.slug)
      throw new SourceError('SELF_RELATED', 'related: a detection cannot be related to itself', { file: detFile });
    if (!slugs.has(rel))
      throw new SourceError('UNKNOWN_RELATED', `related: no detection "${rel}" in content/detections`, {
        file: detFile,
      });
  }

  const sigma = validateSigma(det.sigmaYaml, {
    file: det.sigmaFile,
    catalog,
    expectedTechniques: det.front.techniques,
  });
  const firstError = sigma.findings.find((f) => f.severity === 'error');
  if (firstError) throw toSourceError(firstError, det.sigmaFile);

  checkSamples(det);
  let proof: ProofResult;
  try {
    proof = proveRule(
      sigma.rules.map((r) => r.data),
      det.testPlan.samples.map((s) => ({ key: s.key, expect: s.expect, event: s.event })),
    );
  } catch (error) {
    // A rule that validates with warnings (placeholders, aggregations) may still be one the matcher cannot run,
    // and a shipped rule must run: say so at the rule, not as a stack trace.
    throw new SourceError(
      'SIGMA_CANNOT_RUN',
      `the rule cannot be run on its samples: ${error instanceof Error ? error.message : String(error)}`,
      { file: det.sigmaFile, line: 1 },
    );
  }
  const failed = proof.results.find((r) => !r.ok);
  if (failed) {
    const index = det.testPlan.samples.findIndex((s) => s.key === failed.key);
    const where = parseYamlSource(readUtf8(det.testsFile).text, det.testsFile).positionOf(['samples', index]);
    const what =
      failed.expect === 'match'
        ? 'the rule does not match this attack sample'
        : 'the rule matches this benign look-alike';
    throw new SourceError('SAMPLE_UNPROVEN', `samples: "${failed.key}": ${what}`, { file: det.testsFile, ...where });
  }
  const id = sigma.rules[0]?.data.id;
  // The download route serves /rules/<id>.yml in lower case only, so the id is stored that way.
  const sigmaId = typeof id === 'string' ? id.toLowerCase() : null;
  return { source: det, sigmaId, proof };
}

function checkSamples(det: DetectionSource): void {
  // YAML escapes can put a NUL into a string; PostgreSQL cannot store one, so SQLite must not accept it either.
  if (JSON.stringify([det.front, det.testPlan]).includes('\\u0000')) {
    throw new SourceError('NUL_CHARACTER', 'a value contains a NUL character (\\0), which cannot be stored', {
      file: det.testsFile,
    });
  }
  const tests = new Set(det.testPlan.tests.map((t) => t.key));
  const seen = new Set<string>();
  for (const s of det.testPlan.samples) {
    if (seen.has(s.key))
      throw new SourceError('DUPLICATE_SAMPLE', `samples: key "${s.key}" appears twice`, { file: det.testsFile });
    seen.add(s.key);
    if (s.test && !tests.has(s.test))
      throw new SourceError(
        'UNKNOWN_TEST',
        `samples: "${s.key}" names test "${s.test}", which tests: does not define`,
        { file: det.testsFile },
      );
  }
  if (!det.testPlan.samples.some((s) => s.expect === 'match')) {
    throw new SourceError(
      'NO_ATTACK_SAMPLE',
      'samples: at least one attack sample (expect: match) is required, so the rule is proven',
      { file: det.testsFile },
    );
  }
  if (new Set(det.testPlan.tests.map((t) => t.key)).size !== det.testPlan.tests.length) {
    throw new SourceError('DUPLICATE_TEST', 'tests: two tests share a key', { file: det.testsFile });
  }
}
