// The shapes a conversion crosses module lines with: what a caller asks for and what it gets back.

import type { Position } from '../findings';
import type { RulePath } from '../match/compile-error';
import type { Placeholders } from '../match/modifiers';

export const TARGETS = ['qradar', 'splunk', 'sentinel', 'elastic'] as const;
export type Target = (typeof TARGETS)[number];

/** The query language each target's query is written in, for highlighters and the query checkers. */
export const LANGUAGES: Readonly<Record<Target, 'aql' | 'spl' | 'kql' | 'esql'>> = {
  qradar: 'aql',
  splunk: 'spl',
  sentinel: 'kql',
  elastic: 'esql',
};

export function isTarget(name: string): name is Target {
  return (TARGETS as readonly string[]).includes(name);
}

/**
 * One thing the gap report says. `error`: the rule could not be expressed, there is no query. `warning`: the query
 * exists but differs from the rule in the way the message says (approximated, unmapped field, other case rules).
 */
export interface ConvertFinding {
  code: string;
  severity: 'error' | 'warning';
  /** YAML path of the part of the rule concerned (`detection.selection.Image|endswith`), '' for the whole rule. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export interface ConvertResult {
  ok: boolean;
  target: Target;
  language: (typeof LANGUAGES)[Target];
  query?: string;
  findings: ConvertFinding[];
  /** The logs the query reads, named as people know them (e.g. "Sysmon Event ID 1 via Splunk Add-on for Sysmon"). */
  dataSources: string[];
  /** Where the query reads from in the SIEM: Sentinel tables, Elastic data streams, Splunk sources, QRadar log source types. */
  tables: string[];
  converterVersion: string;
}

export interface ConvertOptions {
  /** Values for `|expand` placeholders; a placeholder without one is a named gap (error). */
  placeholders?: Placeholders;
  /** Turns a YAML path of the rule into a line and column, so findings can be shown at the rule's text. */
  locate?: (path: RulePath) => Position | undefined;
}
