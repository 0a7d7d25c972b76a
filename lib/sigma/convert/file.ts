// A whole Sigma file to queries: every rule of it (collections merged), findings located in the file's text.
import type { Finding } from '../findings';
import { locate } from '../read/locate';
import { type ParseOptions, parseSigma } from '../read/parse';
import { convertPrepared, prepareRule } from './convert';
import type { ConvertOptions, ConvertResult, Target } from './types';

export interface ConvertedRule {
  /** 0-based position among the rules of the file. */
  index: number;
  id?: string;
  title?: string;
  results: ConvertResult[];
}

export interface ConvertedFile {
  /** Problems reading the file itself (YAML, encoding, size); when there are errors, `rules` may be empty. */
  findings: Finding[];
  rules: ConvertedRule[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Every rule of a Sigma file converted to each target; the detection is built once per rule. */
export function convertFile(
  input: string | Uint8Array,
  targets: readonly Target[],
  options: Omit<ConvertOptions, 'locate'> & ParseOptions = {},
): ConvertedFile {
  const parsed = parseSigma(input, options);
  const yaml = parsed.yaml;
  const rules = parsed.rules.map((rule) => {
    const prepared = prepareRule(rule.data, {
      placeholders: options.placeholders,
      ...(yaml ? { locate: (path) => locate(yaml, rule, path).position } : {}),
    });
    return {
      index: rule.index,
      id: text(rule.data.id),
      title: text(rule.data.title),
      results: targets.map((target) => convertPrepared(prepared, target)),
    };
  });
  return { findings: parsed.findings, rules };
}
