// The rules a stored Sigma file holds, each as the exact text it is served as at /rules/<id>.yml. A file of several
// complete rules (one per log source, siblings linked by `related:`) is split at its `---` markers, so each download
// is valid on its own; a Sigma 1.0 collection (`action: global`) is one rule file and is only served whole.
import { createHash } from 'node:crypto';
import { type ParsedSigma, parseSigma } from '../sigma/read';

export interface RuleDocument {
  /** The rule's own id, lower case (the form /rules/<id>.yml answers to). */
  id: string;
  order: number;
  title: string;
  /** `aws/cloudtrail`, `windows/process_creation`: the log source as Sigma names it. */
  logsource: string;
  /** The exact text served for this rule. */
  yaml: string;
  sha256: string;
}

const MARKER = /^---[ \t]*(?:#.*)?\r?$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function ruleDocuments(sigma: string): RuleDocument[] {
  return ruleDocumentsOf(sigma, parseSigma(sigma));
}

/** As ruleDocuments, from a parse (or validation) the caller already has. */
export function ruleDocumentsOf(sigma: string, parsed: Pick<ParsedSigma, 'documents' | 'rules'>): RuleDocument[] {
  const isCollection = parsed.documents.some((d) => d.data && Object.hasOwn(d.data, 'action'));
  // A file of one rule is that rule: served whole, byte for byte, by id as by slug.
  const parts = isCollection || parsed.rules.length <= 1 ? [sigma] : splitAtMarkers(sigma);
  const texts = parts.length === parsed.rules.length ? parts : [sigma];
  const rules = isCollection || texts.length !== parsed.rules.length ? parsed.rules.slice(0, 1) : parsed.rules;
  return rules.flatMap((rule, order) => {
    const id = typeof rule.data.id === 'string' ? rule.data.id.toLowerCase() : undefined;
    if (!id) return [];
    const yaml = texts[order] ?? sigma;
    const source = rule.data.logsource;
    const logsource =
      source && typeof source === 'object' && !Array.isArray(source)
        ? ['product', 'service', 'category']
            .map((k) => source[k])
            .filter((v): v is string => typeof v === 'string')
            .join('/')
        : '';
    const title = typeof rule.data.title === 'string' ? rule.data.title : id;
    return [{ id, order, title, logsource, yaml, sha256: sha256(yaml) }];
  });
}

/** The documents of a YAML stream as text: a `---` line at column 0 always starts a document, even after a scalar. */
function splitAtMarkers(text: string): string[] {
  const lines = text.split('\n');
  const parts: string[][] = [[]];
  for (const [i, line] of lines.entries()) {
    if (MARKER.test(line)) {
      // A marker on the first non-comment line opens the first document; it does not close an empty one.
      const current = parts.at(-1) ?? [];
      if (current.some((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))) parts.push([]);
      continue;
    }
    const current = parts.at(-1);
    current?.push(i < lines.length - 1 ? `${line}\n` : line);
  }
  return parts.map((p) => p.join('')).filter((p) => p.trim() !== '');
}
