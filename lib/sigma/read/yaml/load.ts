import { type Document, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { positionAt } from '../../../text/position';
import { yamlPositionAt } from '../../../text/yaml-positions';
import { type Finding, finding, type Position } from '../../findings';
import { DEFAULT_ALIAS_BUDGET, MAX_ANCHORS_AND_ALIASES, measureAliases } from './aliases';
import { guardYaml } from './guard';
import { checkMappingKeys } from './keys';

export type YamlValue = string | number | boolean | null | YamlValue[] | YamlObject;
export interface YamlObject {
  [key: string]: YamlValue;
}

export interface RawDocument {
  index: number;
  doc: Document.Parsed;
  start: Position;
  /** The document as plain data; absent when it is not a mapping or could not be converted safely. */
  data?: YamlObject;
}

export interface LoadedYaml {
  text: string;
  lineCounter: LineCounter;
  documents: RawDocument[];
  findings: Finding[];
}

export interface LoadOptions {
  aliasBudget?: number;
  maxDocuments?: number;
  /** Lines and YAML indicators the file may hold (default MAX_YAML_TOKENS). */
  maxTokens?: number;
}

const MAX_SYNTAX_FINDINGS = 10;

/** Parses every YAML document (YAML 1.2 core schema: dates stay strings) and turns each into plain data, safely. */
export function loadYaml(text: string, options: LoadOptions = {}): LoadedYaml {
  const lineCounter = new LineCounter();
  const out: LoadedYaml = { text, lineCounter, documents: [], findings: [] };
  const maxDocuments = options.maxDocuments ?? 100;
  const markers = documentMarkerLine(text, maxDocuments + 1);
  if (markers !== undefined) {
    const message = `file has more than ${maxDocuments} YAML documents ('---'); at most ${maxDocuments} are accepted`;
    return { ...out, findings: [error('YAML_TOO_MANY_DOCUMENTS', '', message, { line: markers, column: 1 })] };
  }
  // Nothing costly has looked at the text yet: what would make parsing it slow is refused first.
  const unsafe = guardYaml(text, { tokens: options.maxTokens });
  if (unsafe) return { ...out, findings: [unsafe] };

  // Duplicate keys are found by our own walk, which can name both lines; yaml's check names only the second.
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (!Array.isArray(parsed) || parsed.length === 0) {
    out.findings.push(
      error('EMPTY_FILE', '', 'file has no YAML document (only comments or blank lines)', { line: 1, column: 1 }),
    );
    return out;
  }
  if (parsed.length > maxDocuments) {
    const extra = parsed[maxDocuments];
    const at = yamlPositionAt(lineCounter, extra ? contentStart(extra) : 0);
    out.findings.push(
      error(
        'YAML_TOO_MANY_DOCUMENTS',
        '',
        `file has ${parsed.length} YAML documents; at most ${maxDocuments} are accepted`,
        at,
      ),
    );
    return out;
  }

  for (const doc of parsed) {
    for (const e of doc.errors.slice(0, MAX_SYNTAX_FINDINGS)) {
      out.findings.push(
        error('YAML_SYNTAX', '', `YAML syntax error: ${e.message}`, yamlPositionAt(lineCounter, e.pos[0])),
      );
    }
    for (const w of doc.warnings) {
      out.findings.push(
        finding({
          code: 'YAML_WARNING',
          severity: 'warning',
          path: '',
          message: w.message,
          at: yamlPositionAt(lineCounter, w.pos[0]),
        }),
      );
    }
  }
  if (out.findings.some((f) => f.severity === 'error')) return out;

  const budget = options.aliasBudget ?? DEFAULT_ALIAS_BUDGET;
  parsed.forEach((doc, index) => {
    const start = yamlPositionAt(lineCounter, contentStart(doc));
    const raw: RawDocument = { index, doc, start };
    out.documents.push(raw);
    const keyProblems = checkMappingKeys(doc, lineCounter);
    out.findings.push(...keyProblems);
    if (keyProblems.some((f) => f.code === 'YAML_COMPLEX_KEY')) return;
    const problem = unsafeAliases(doc, lineCounter, budget);
    if (problem) {
      out.findings.push(problem);
      return;
    }
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
      const sole = parsed.length === 1;
      const message = sole
        ? 'file has no content: a Sigma rule is a YAML mapping'
        : `YAML document ${index + 1} is empty (a stray '---'?)`;
      // An empty document has no content to point at; its '---' marker is what a person removes.
      const at = yamlPositionAt(lineCounter, doc.range[0]);
      out.findings.push(
        finding({ code: 'EMPTY_DOCUMENT', severity: sole ? 'error' : 'warning', path: '', message, at }),
      );
      return;
    }
    if (!isMap(doc.contents)) {
      const got = isSeq(doc.contents)
        ? 'a list'
        : `a ${typeof (isScalar(doc.contents) ? doc.contents.value : doc.contents)}`;
      const message = `rule document must be a mapping (title:, logsource:, detection: ...), got ${got}`;
      out.findings.push(error('YAML_NOT_MAPPING', '', message, start));
      return;
    }
    try {
      // Our own measure has already bounded the expansion; yaml's cruder count stays on as a second fence.
      raw.data = doc.toJS({ maxAliasCount: budget }) as YamlObject;
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      out.findings.push(error('YAML_ALIAS_LIMIT', '', `YAML aliases refused: ${e.message}`, start));
    }
  });
  return out;
}

function unsafeAliases(doc: Document.Parsed, lineCounter: LineCounter, budget: number): Finding | undefined {
  const report = measureAliases(doc);
  const at = (node: { range?: [number, number, number] | null }): Position =>
    yamlPositionAt(lineCounter, node.range?.[0] ?? 0);
  if (report.written > MAX_ANCHORS_AND_ALIASES) {
    const message = `document has ${report.written} YAML anchors and aliases (limit ${MAX_ANCHORS_AND_ALIASES}): refused as a possible resource-exhaustion attack`;
    return error('YAML_ALIAS_LIMIT', '', message, at(doc.contents ?? {}));
  }
  if (report.recursive) {
    return error(
      'YAML_ALIAS_RECURSIVE',
      '',
      `alias '*${report.recursive.source}' refers to its own enclosing node`,
      at(report.recursive),
    );
  }
  if (report.added <= budget) return undefined;
  const worst = report.worst;
  const alone = worst ? `; alias '*${worst.alias.source}' alone expands to ${formatCount(worst.size)} nodes` : '';
  return error(
    'YAML_ALIAS_LIMIT',
    '',
    `YAML aliases would add ${formatCount(report.added)} nodes to this document (limit ${budget})${alone}: refused as a possible billion-laughs attack`,
    worst ? at(worst.alias) : { line: 1, column: 1 },
  );
}

/** The line of the n-th `---` document marker, counted before parsing so a file of 100,000 documents costs nothing. */
function documentMarkerLine(text: string, n: number): number | undefined {
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let seen = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    if (++seen === n) return positionAt(text, m.index).line;
  }
  return undefined;
}

function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US') : 'unboundedly many';
}

function contentStart(doc: Document.Parsed): number {
  const range = (doc.contents as { range?: [number, number, number] | null } | null)?.range;
  return range ? range[0] : doc.range[0];
}

function error(code: string, path: string, message: string, at: Position): Finding {
  return finding({ code, severity: 'error', path, message, at });
}
