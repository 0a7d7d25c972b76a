// Does each hand-written SIEM query say what its Sigma rules say? For every rule of a detection and every query:
// each value the rule tests an agreement field for (fields.ts: API call, operation, Event ID...) is written in the
// query, and the query reads that field under the name the converter's pipeline gives it for that SIEM. The field
// names come from lib/sigma/convert's pipelines, so the converter and this check cannot drift apart.
import { SourceError } from '../../errors';
import type { QueryPlatform } from '../../query-check';
import { choosePipeline, type FieldTarget, type Leaf, leaves, mapField, prepareRule } from '../../sigma/convert';
import { locate, parseSigma } from '../../sigma/read';
import { positionAt } from '../../text/position';
import { AGREEMENT_FIELDS, ALSO_ACCEPTED, ALSO_SOURCES } from './fields';
import { maskQuery } from './mask';

export interface AgreementQuery {
  platform: QueryPlatform;
  /** Where the query is, for findings (`content/detections/x/splunk.spl`). */
  file: string;
  text: string;
}

const WORD = /[A-Za-z0-9_]/;

/** The literal texts a test needs in a query: the whole value, or each literal run of a wildcard pattern. */
function literals(leaf: Leaf): string[] {
  if (leaf.type === 'number') return [String(leaf.value)];
  if (leaf.type !== 'string') return [];
  const runs: string[] = [];
  let run = '';
  for (const part of leaf.parts) {
    if (typeof part === 'string') run += part;
    else {
      runs.push(run);
      run = '';
    }
  }
  runs.push(run);
  return runs.map((r) => r.trim()).filter((r) => r.length >= 2);
}

/**
 * Where `value` is written in `text`, ignoring case, as a whole: a word value not inside a longer word, and a value
 * of several words not inside a longer phrase ("Authentication Administrator" in "Privileged Authentication
 * Administrator" does not count). -1 when it is not there.
 */
export function findValue(text: string, value: string, cased = false): number {
  const lower = cased ? text : text.toLowerCase();
  const needle = cased ? value : value.toLowerCase();
  const phrase = /\s/.test(value);
  const edge = (c: string | undefined) => c !== undefined && (WORD.test(c) || (phrase && /[ \t]/.test(c)));
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const before = WORD.test(value[0] ?? '') || phrase ? text[at - 1] : undefined;
    const after = WORD.test(value[value.length - 1] ?? '') || phrase ? text[at + needle.length] : undefined;
    if (!edge(before) && !edge(after)) return at;
  }
  return -1;
}

/** Where a field name stands in the (string-masked) text, case kept: not part of a longer name. -1 when absent. */
export function findName(masked: string, name: string): number {
  const fold = (s: string) => s.replace(/\s+/g, '');
  if (/[()]/.test(name)) {
    // An expression such as QIDNAME(qid): compared without case or spaces.
    const squeezed = fold(masked).toLowerCase();
    const at = squeezed.indexOf(fold(name).toLowerCase());
    if (at === -1) return -1;
    return offsetOfSqueezed(masked, at);
  }
  for (let at = masked.indexOf(name); at !== -1; at = masked.indexOf(name, at + 1)) {
    const before = masked[at - 1];
    const after = masked[at + name.length];
    if ((before === undefined || !/[A-Za-z0-9_.]/.test(before)) && (after === undefined || !WORD.test(after)))
      return at;
  }
  return -1;
}

function offsetOfSqueezed(text: string, squeezedOffset: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    if (seen === squeezedOffset) return i;
    seen++;
  }
  return text.length;
}

function targetText(target: FieldTarget): string {
  return target.name ?? target.expr ?? '';
}

/** Every disagreement between the rules of `ruleText` and the queries, located in the query (the rule's place in the message). */
export function checkQueryAgreement(ruleFile: string, ruleText: string, queries: AgreementQuery[]): SourceError[] {
  const parsed = parseSigma(ruleText);
  const yaml = parsed.yaml;
  const out: SourceError[] = [];
  for (const rule of parsed.rules) {
    const pipeline = choosePipeline(rule.data.logsource);
    const wanted = new Set((pipeline ? (AGREEMENT_FIELDS[pipeline.id] ?? []) : []).map((f) => f.toLowerCase()));
    if (!pipeline || wanted.size === 0) continue;
    const where = (path: Leaf['path']) => (yaml ? locate(yaml, rule, path).position : { line: 1, column: 1 });
    const prepared = prepareRule(rule.data);
    if (!prepared.expr) continue;
    const tests = leaves(prepared.expr).filter((l) => l.field !== undefined && wanted.has(l.field.toLowerCase()));
    const title = typeof rule.data.title === 'string' ? rule.data.title : `rule ${rule.index + 1}`;
    for (const query of queries) {
      const bare = maskQuery(query.text, query.platform, false);
      const names = maskQuery(query.text, query.platform, true);
      const at = (offset: number) => (offset < 0 ? { line: 1, column: 1 } : positionAt(query.text, offset));
      const found = (code: string, offset: number, message: string) =>
        out.push(new SourceError(code, message, { file: query.file, ...at(offset) }));
      const source = pipeline.targets[query.platform];
      const sources = [...source.tables, ...(ALSO_SOURCES[pipeline.id]?.[query.platform] ?? [])];
      const namesSource = sources.some((table) => findValue(bare, table) !== -1);
      const values = tests.flatMap(literals);
      // A query may cover only some log sources of its detection (the EDR rule, with the auditd variant in the
      // prose): a rule whose source it does not name and whose values it never writes as the rule does (case kept,
      // so `file.path` is not the record type PATH) is not one it claims to implement.
      if (!namesSource && !values.some((v) => findValue(bare, v, true) !== -1)) continue;
      if (!namesSource) {
        found(
          'QUERY_SOURCE_MISSING',
          -1,
          `"${title}" is read from ${sources.join(' or ')} in ${query.platform} (pipeline ${pipeline.id}), which this query never names`,
        );
      }
      const fieldsSeen = new Set<string>();
      for (const leaf of tests) {
        const field = leaf.field as string;
        const rulePlace = `${ruleFile}:${where(leaf.path).line}:${where(leaf.path).column}`;
        for (const value of literals(leaf)) {
          if (findValue(bare, value) === -1) {
            found(
              'QUERY_VALUE_MISSING',
              -1,
              `"${title}" (${rulePlace}) tests ${field} for "${value}", which this ${query.platform} query never names`,
            );
          }
        }
        if (fieldsSeen.has(field)) continue;
        fieldsSeen.add(field);
        const mapped = mapField(source.fields, field);
        const also = ALSO_ACCEPTED[pipeline.id]?.[query.platform]?.[field] ?? [];
        if (!mapped && also.length === 0) {
          found(
            'QUERY_FIELD_UNMAPPED',
            -1,
            `the ${query.platform} pipeline ${pipeline.id} has no name for ${field} (${rulePlace}): add it to lib/sigma/convert/pipelines`,
          );
          continue;
        }
        const accepted = [...(mapped ? [targetText(mapped)] : []), ...also];
        if (accepted.some((name) => findName(names, name) !== -1)) continue;
        const wrong = accepted.includes(field) ? -1 : findName(names, field);
        found(
          'QUERY_FIELD_NAME',
          wrong,
          `${query.platform} keeps ${field} of ${pipeline.id} (${rulePlace}) in ${accepted.join(' or ')}, which this query never reads${wrong === -1 ? '' : `; it reads ${field} instead`}`,
        );
      }
    }
  }
  return out;
}
