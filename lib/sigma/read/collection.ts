import { lookupPath, yamlPositionAt } from '../../text/yaml-positions';
import { type Finding, finding } from '../findings';
import type { LoadedYaml, RawDocument, YamlObject, YamlValue } from './yaml/load';

/** One rule of a file: a single document, or a collection document merged with the documents it builds on. */
export interface SigmaRule {
  /** 0-based position among the rules of the file. */
  index: number;
  /** Documents that contributed, the one whose values win first: the rule's own, then what it builds on. */
  documents: number[];
  data: YamlObject;
}

export interface MergedCollection {
  rules: SigmaRule[];
  findings: Finding[];
}

const ACTIONS = new Set(['global', 'reset', 'repeat']);

/**
 * Sigma 1.0 rule collections: `action: global` documents accumulate content merged into every following rule,
 * `action: reset` forgets it, `action: repeat` re-issues the previous rule with this document merged on top.
 * Where a rule document and the global content both set a value, the rule document wins, as a more specific
 * definition should (the legacy sigmac let the global win; no SigmaHQ rule depends on that).
 */
export function mergeCollection(loaded: LoadedYaml): MergedCollection {
  const rules: SigmaRule[] = [];
  const findings: Finding[] = [];
  let global: YamlObject = {};
  let globalDocs: number[] = [];
  let previous: SigmaRule | undefined;

  for (const raw of loaded.documents) {
    if (!raw.data) continue;
    const { action, body } = splitAction(raw.data);
    if (action !== undefined && (typeof action !== 'string' || !ACTIONS.has(action))) {
      findings.push(
        problem(
          loaded,
          raw,
          'COLLECTION_UNKNOWN_ACTION',
          `action '${String(action)}' is not a Sigma collection action (global, reset or repeat)`,
        ),
      );
      continue;
    }
    if (action === 'global') {
      global = deepMerge(global, body);
      globalDocs = [raw.index, ...globalDocs];
    } else if (action === 'reset') {
      global = {};
      globalDocs = [];
    } else if (action === 'repeat') {
      if (!previous) {
        findings.push(
          problem(loaded, raw, 'COLLECTION_REPEAT_WITHOUT_RULE', `action 'repeat' needs a rule before it to repeat`),
        );
        continue;
      }
      previous = {
        index: rules.length,
        documents: [raw.index, ...previous.documents],
        data: deepMerge(previous.data, body),
      };
      rules.push(previous);
    } else {
      previous = { index: rules.length, documents: [raw.index, ...globalDocs], data: deepMerge(global, body) };
      rules.push(previous);
    }
  }

  if (rules.length === 0 && findings.length === 0 && loaded.documents.some((d) => d.data)) {
    const first = loaded.documents.find((d) => d.data) as RawDocument;
    findings.push(
      finding({
        code: 'COLLECTION_NO_RULE',
        severity: 'error',
        path: 'action',
        message: 'file has only action documents (global/reset) and no rule to apply them to',
        at: first.start,
      }),
    );
  }
  return { rules, findings };
}

function splitAction(data: YamlObject): { action: YamlValue | undefined; body: YamlObject } {
  if (!Object.hasOwn(data, 'action')) return { action: undefined, body: data };
  const { action, ...body } = data;
  return { action, body };
}

function problem(loaded: LoadedYaml, raw: RawDocument, code: string, message: string): Finding {
  const at = yamlPositionAt(loaded.lineCounter, lookupPath(raw.doc, ['action']).offset);
  return finding({ code, severity: 'error', path: 'action', message, at });
}

function isObject(value: YamlValue | undefined): value is YamlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh object: `base` overlaid with `over`, mappings merged key by key, everything else replaced. */
export function deepMerge(base: YamlObject, over: YamlObject): YamlObject {
  const out: YamlObject = clone(base) as YamlObject;
  for (const [key, value] of Object.entries(over)) {
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    setOwn(out, key, isObject(existing) && isObject(value) ? deepMerge(existing, value) : clone(value));
  }
  return out;
}

/** Aliased values arrive as shared references; a rule of its own must not change another rule's data. */
function clone(value: YamlValue): YamlValue {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) {
    const out: YamlObject = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, clone(v));
    return out;
  }
  return value;
}

/** A key named `__proto__` in untrusted YAML must stay a key, not become the object's prototype. */
function setOwn(target: YamlObject, key: string, value: YamlValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
