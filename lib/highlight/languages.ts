import type { LanguageRegistration } from 'shiki/core';
import json from 'shiki/langs/json.mjs';
import kusto from 'shiki/langs/kusto.mjs';
import splunk from 'shiki/langs/splunk.mjs';
import yaml from 'shiki/langs/yaml.mjs';
import aqlGrammar from './grammars/aql.tmLanguage.json';
import esqlGrammar from './grammars/esql.tmLanguage.json';

/** Language ids `highlight()` understands; anything else is shown as escaped plain text. */
export const LANGUAGE_IDS = ['aql', 'esql', 'splunk', 'kusto', 'yaml', 'json', 'text'] as const;
export type LanguageId = (typeof LANGUAGE_IDS)[number];

// Query file extensions and the Sigma rule format name, so callers can pass either.
const ALIASES: Readonly<Record<string, LanguageId>> = {
  spl: 'splunk',
  kql: 'kusto',
  yml: 'yaml',
  sigma: 'yaml',
  plaintext: 'text',
  txt: 'text',
};

export function resolveLanguage(lang: string): LanguageId | undefined {
  const key = lang.trim().toLowerCase();
  const known: readonly string[] = LANGUAGE_IDS;
  if (known.includes(key)) return key as LanguageId;
  return ALIASES[key];
}

// The JSON import is typed as whatever literal shape the file has; check the two fields Shiki
// cannot work without instead of trusting a cast.
function ownGrammar(grammar: unknown, name: LanguageId, displayName: string): LanguageRegistration {
  if (typeof grammar !== 'object' || grammar === null) throw new Error(`${name} grammar is not an object`);
  const { scopeName, patterns } = grammar as { scopeName?: unknown; patterns?: unknown };
  if (typeof scopeName !== 'string' || !Array.isArray(patterns)) {
    throw new Error(`${name} grammar needs scopeName and patterns`);
  }
  return { ...(grammar as LanguageRegistration), name, displayName };
}

const aql = ownGrammar(aqlGrammar, 'aql', 'IBM QRadar AQL');
const esql = ownGrammar(esqlGrammar, 'esql', 'Elastic ES|QL');

/** Registrations for everything in LANGUAGE_IDS except `text`, which Shiki handles without a grammar. */
export const LANGUAGE_REGISTRATIONS: LanguageRegistration[] = [aql, esql, ...splunk, ...kusto, ...yaml, ...json];
