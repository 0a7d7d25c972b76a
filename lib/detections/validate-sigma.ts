// The document's Sigma rule file: valid for the official schema and our semantic checks, at its own lines; and, for
// our own detections, portable the way SigmaHQ would accept it: one complete rule per log source, each with its own
// id, siblings linked by `related:`.
import { parseSigma } from '../sigma/read';
import { validateSigma } from '../sigma/validate';
import type { DetectionDocument } from './document';
import { type DocumentFinding, documentFinding } from './findings';
import type { DocumentContext } from './validate-document';

/** Checks the rule file and returns the ids of its rules (lower case), in file order. */
export function checkSigma(doc: DetectionDocument, ctx: DocumentContext, findings: DocumentFinding[]): string[] {
  const result = validateSigma(doc.sigma, { catalog: ctx.catalog, expectedTechniques: doc.techniques });
  for (const f of result.findings) {
    const where = f.path ? `${f.path}: ` : '';
    findings.push(documentFinding(f.code, ['sigma'], `${where}${f.message}`, f, f.severity));
  }
  const ids = result.rules.map((r) => (typeof r.data.id === 'string' ? r.data.id.toLowerCase() : ''));
  if (ctx.policy === 'own' && result.ok) checkPortable(doc.sigma, ids, findings);
  return ids.filter((id) => id !== '');
}

function checkPortable(sigma: string, ids: readonly string[], findings: DocumentFinding[]): void {
  const parsed = parseSigma(sigma);
  const collection = parsed.documents.find((d) => d.data && Object.hasOwn(d.data, 'action'));
  if (collection) {
    const message =
      'a rule collection (action:) is not portable: write one complete rule per log source, each its own YAML document with its own id, siblings linked by related:';
    findings.push(documentFinding('SIGMA_COLLECTION', ['sigma'], message, collection.start));
    return;
  }
  parsed.rules.forEach((rule, i) => {
    const at = parsed.documents[rule.documents[0] ?? i]?.start;
    const id = ids[i];
    if (!id) {
      findings.push(
        documentFinding('SIGMA_NO_ID', ['sigma'], `rule ${i + 1} has no id: every rule needs its own UUID`, at),
      );
      return;
    }
    if (ids.indexOf(id) !== i)
      findings.push(documentFinding('SIGMA_DUPLICATE_ID', ['sigma'], `rule ${i + 1} repeats the id ${id}`, at));
    const related = Array.isArray(rule.data.related) ? rule.data.related : [];
    const linked = new Set(
      related.map((r) =>
        r && typeof r === 'object' && !Array.isArray(r) && typeof r.id === 'string' ? r.id.toLowerCase() : '',
      ),
    );
    const missing = ids.filter((other) => other && other !== id && !linked.has(other));
    if (missing.length) {
      const message = `rule ${i + 1} does not link its sibling rule${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in related:`;
      findings.push(documentFinding('SIGMA_SIBLING_UNLINKED', ['sigma'], message, at));
    }
  });
}
