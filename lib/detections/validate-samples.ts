// The test plan and its samples: keys that are unique, references that resolve, and a proof that the rule matches
// every attack sample (the rule it names, when the file holds several) and no benign look-alike.
import type { DetectionDocument } from './document';
import { type DocumentFinding, documentFinding } from './findings';
import { type ProofSummary, proveSamples } from './proof';

/** Below this, a rule's proof is thin: two attack events and two look-alikes per rule is the catalog's standard. */
export const MIN_SAMPLES_PER_RULE = { attack: 2, benign: 2 };

export function checkSamples(
  doc: DetectionDocument,
  ruleIds: readonly string[],
  own: boolean,
  findings: DocumentFinding[],
): ProofSummary {
  const tests = new Set<string>();
  doc.tests.forEach((t, i) => {
    if (tests.has(t.key))
      findings.push(documentFinding('DUPLICATE_TEST', ['tests', i, 'key'], `key "${t.key}" is used twice`));
    tests.add(t.key);
  });
  if (own && doc.tests.length === 0)
    findings.push(documentFinding('NO_TEST', ['tests'], 'a test plan needs at least one test'));

  const keys = new Set<string>();
  doc.samples.forEach((s, i) => {
    if (keys.has(s.key))
      findings.push(documentFinding('DUPLICATE_SAMPLE', ['samples', i, 'key'], `key "${s.key}" is used twice`));
    keys.add(s.key);
    if (s.test && !tests.has(s.test))
      findings.push(documentFinding('UNKNOWN_TEST', ['samples', i, 'test'], `no test "${s.test}" in the test plan`));
    if (s.rule && !ruleIds.includes(s.rule.toLowerCase())) {
      findings.push(
        documentFinding('UNKNOWN_RULE', ['samples', i, 'rule'], `no rule with id ${s.rule} in the Sigma rule file`),
      );
    } else if (!s.rule && ruleIds.length > 1) {
      findings.push(
        documentFinding(
          'SAMPLE_RULE_MISSING',
          ['samples', i, 'rule'],
          'the rule file holds several rules: say which one this sample is for (rule: <id>)',
        ),
      );
    }
  });
  if (own) checkCoverage(doc, ruleIds, findings);

  const proof = proveSamples(
    doc.sigma,
    doc.samples.map((s) => ({ key: s.key, expect: s.expect, rule: s.rule, event: s.event })),
  );
  if (proof.error)
    findings.push(
      documentFinding('SIGMA_CANNOT_RUN', ['sigma'], `the rule cannot be run on its samples: ${proof.error}`),
    );
  proof.results.forEach((r, i) => {
    if (r.ok) return;
    const what =
      r.expect === 'match' ? 'the rule does not match this attack sample' : 'the rule matches this benign look-alike';
    findings.push(documentFinding('SAMPLE_UNPROVEN', ['samples', i], `"${r.key}": ${what}`));
  });
  return proof;
}

function checkCoverage(doc: DetectionDocument, ruleIds: readonly string[], findings: DocumentFinding[]): void {
  const forRule = (id: string | undefined, expect: 'match' | 'miss') =>
    doc.samples.filter((s) => s.expect === expect && (ruleIds.length === 1 || s.rule?.toLowerCase() === id)).length;
  const rules = ruleIds.length ? ruleIds : [undefined];
  for (const id of rules) {
    const name = id && ruleIds.length > 1 ? `rule ${id}` : 'the rule';
    const attack = forRule(id, 'match');
    const benign = forRule(id, 'miss');
    if (attack === 0) {
      findings.push(
        documentFinding(
          'NO_ATTACK_SAMPLE',
          ['samples'],
          `${name} has no attack sample (expect: match): every rule is proven`,
        ),
      );
    } else if (attack < MIN_SAMPLES_PER_RULE.attack || benign < MIN_SAMPLES_PER_RULE.benign) {
      const message = `${name} has ${attack} attack and ${benign} benign samples; the catalog's standard is ${MIN_SAMPLES_PER_RULE.attack} and ${MIN_SAMPLES_PER_RULE.benign}`;
      findings.push(documentFinding('THIN_PROOF', ['samples'], message, undefined, 'warning'));
    }
  }
}
