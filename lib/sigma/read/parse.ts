import type { Finding } from '../findings';
import { DEFAULT_MAX_BYTES, decodeRuleBytes } from './bytes';
import { mergeCollection, type SigmaRule } from './collection';
import { type LoadedYaml, loadYaml, type RawDocument } from './yaml/load';

export interface ParseOptions {
  /** Refuse inputs larger than this many bytes, before decoding or parsing them (default 1 MiB). */
  maxBytes?: number;
  /** Nodes that YAML aliases may add to a document once expanded (default 10,000). */
  aliasBudget?: number;
  maxDocuments?: number;
  /** Lines and YAML indicators (`- `, `[`, `]`, `{`, `}`, `,`) the file may hold (default 20,000). */
  maxTokens?: number;
}

export interface ParsedSigma {
  /** The YAML as parsed, with positions; absent when the bytes were refused before parsing. */
  yaml?: LoadedYaml;
  /** Every YAML document of the file, `action` documents included. */
  documents: RawDocument[];
  /** The rules the file defines, collections merged. */
  rules: SigmaRule[];
  findings: Finding[];
}

/**
 * Untrusted bytes to Sigma rules: size cap, UTF-8, YAML syntax, duplicate keys, alias expansion, then the Sigma 1.0
 * collection semantics. Never throws for bad input; every problem is a finding with a line and column.
 */
export function parseSigma(input: string | Uint8Array, options: ParseOptions = {}): ParsedSigma {
  const decoded = decodeRuleBytes(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) return { documents: [], rules: [], findings: [decoded.finding] };

  const yaml = loadYaml(decoded.text, {
    aliasBudget: options.aliasBudget,
    maxDocuments: options.maxDocuments,
    maxTokens: options.maxTokens,
  });
  const merged = mergeCollection(yaml);
  return { yaml, documents: yaml.documents, rules: merged.rules, findings: [...yaml.findings, ...merged.findings] };
}
