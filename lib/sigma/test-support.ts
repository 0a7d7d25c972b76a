// Helpers for the Sigma tests: inline YAML written indented inside test code, inline detections compiled and run,
// a small ATT&CK catalog of our own, and the way to the shared fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type AttackCatalogFile, NAME_SOURCES, type Tactic, type Technique } from '../attack/types';
import type { Finding } from './findings';

export { type HostileInput, hostileInputs } from './hostile-inputs';

import { SigmaCompileError } from './match/compile-error';
import { type CompiledRule, compileRule, type SigmaRuleObject } from './match/match';
import type { Placeholders } from './match/modifiers';
import type { AttackTagCatalog } from './validate/checks/types';

/** Strips the common indentation and the first empty line, so rules can be written indented in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** A valid rule to start from; tests change one thing at a time. */
export const VALID_RULE = yaml`
  title: Traffic Mirror Session Created
  id: 5f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b
  status: test
  description: A traffic mirror session copies an instance's network traffic elsewhere.
  author: Tripline
  date: 2024-02-29
  modified: 2024-03-01
  tags:
      - attack.exfiltration
      - attack.t1020.001
  logsource:
      product: aws
      service: cloudtrail
  detection:
      selection:
          eventSource: ec2.amazonaws.com
          eventName|startswith: CreateTrafficMirror
      condition: selection
  falsepositives:
      - Approved network monitoring
  level: medium
`;

function tactic(id: string, shortname: string, name: string, order: number): Tactic {
  return { id, shortname, name, order, url: `https://attack.mitre.org/tactics/${id}/` };
}

function technique(
  id: string,
  name: string,
  tactics: string[],
  flags: Partial<Pick<Technique, 'revoked' | 'deprecated'>> = {},
): Technique {
  const parent = id.includes('.') ? (id.split('.')[0] as string) : null;
  return {
    id,
    name,
    tactics,
    parent,
    url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`,
    revoked: false,
    deprecated: false,
    ...flags,
  };
}

/** ATT&CK v19.1 in miniature, as a catalog file: the split of Defense Evasion, one revoked and one deprecated technique. */
export function smallCatalogFile(): AttackCatalogFile {
  return {
    version: '19.1',
    source: 'tripline test data',
    generatedBy: 'lib/sigma/test-support.ts',
    notes: [],
    nameSources: Object.fromEntries(NAME_SOURCES.map((s) => [s, 0])) as AttackCatalogFile['nameSources'],
    tactics: [
      tactic('TA0005', 'stealth', 'Stealth', 1),
      tactic('TA0112', 'defense-impairment', 'Defense Impairment', 2),
      tactic('TA0010', 'exfiltration', 'Exfiltration', 3),
      tactic('TA0011', 'command-and-control', 'Command and Control', 4),
    ],
    techniques: [
      technique('T1020', 'Automated Exfiltration', ['exfiltration']),
      technique('T1020.001', 'Traffic Duplication', ['exfiltration']),
      technique('T1071', 'Application Layer Protocol', ['command-and-control']),
      technique('T1050', 'New Service', [], { revoked: true }),
      technique('T1108', 'Redundant Access', [], { deprecated: true }),
    ],
  };
}

export function smallCatalog(): AttackTagCatalog {
  const file = smallCatalogFile();
  return {
    version: file.version,
    byId: new Map(file.techniques.map((t) => [t.id, t])),
    tacticByShortname: new Map(file.tactics.map((t) => [t.shortname, t])),
  };
}

/** Compiles a detection written inline (its lines unindented) as the `detection` of a rule. */
export function compileDetection(detection: string, placeholders?: Placeholders): CompiledRule {
  const rule = parse(`detection:\n${detection.replace(/^/gm, '  ')}`) as SigmaRuleObject;
  return compileRule(rule, { placeholders });
}

/** Whether an inline detection matched each event. */
export function runDetection(detection: string, events: unknown[], placeholders?: Placeholders): boolean[] {
  const compiled = compileDetection(detection, placeholders);
  return events.map((e) => compiled.matches(e));
}

/** The compile error an inline detection is refused with; fails when it compiles. */
export function detectionCompileError(
  detection: string,
  placeholders?: Placeholders,
): { code: string; message: string } {
  try {
    compileDetection(detection, placeholders);
  } catch (error) {
    if (error instanceof SigmaCompileError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the rule to be rejected');
}

/** Findings in the short form tests compare against: `line:column severity CODE path`. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.code} ${f.path}`);
}

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url));

/**
 * A path under ../shared/fixtures (real material from public repositories, read in place, never copied). A clone
 * without ../shared fails here, saying why, instead of skipping.
 */
export function sharedFixture(...parts: string[]): string {
  return fixtureIn(FIXTURES, ...parts);
}

/** sharedFixture with the fixtures folder given, so the message for an absent folder can be tested. */
export function fixtureIn(root: string, ...parts: string[]): string {
  if (!existsSync(root)) {
    throw new Error(
      `${root} is absent: this test reads the shared fixtures beside the checkout (../shared/fixtures, see its README.md) and cannot run without them`,
    );
  }
  return join(root, ...parts);
}

/** Rows of a tab-separated file with a header line, as objects keyed by the header. */
export function readTsv(path: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const keys = (header ?? '').split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [keys[i] ?? String(i), value])));
}
