// Reads the real SigmaHQ rules in ../shared/fixtures (never copied into the project) and compiles each one.
// Without that folder the suite fails, saying so (sharedFixture), instead of passing on nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSigma } from '../read/parse';
import { sharedFixture } from '../test-support';
import { SigmaCompileError } from './compile-error';
import { compileRule, type SigmaRuleObject } from './match';

function ruleFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ruleFiles(path);
      return name.endsWith('.yml') ? [path] : [];
    });
}

/** Compiles every rule of a file; placeholders get a stand-in value since no environment is given. */
function compileFile(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const placeholders = Object.fromEntries([...text.matchAll(/%(\w+)%/g)].map((m) => [m[1] as string, 'stand-in']));
  const parsed = parseSigma(text);
  expect(parsed.rules.length, `${path} defines no rule`).toBeGreaterThan(0);
  const outcomes: string[] = [];
  for (const rule of parsed.rules) {
    try {
      compileRule(rule.data as SigmaRuleObject, { placeholders });
      outcomes.push('ok');
    } catch (error) {
      if (!(error instanceof SigmaCompileError)) throw error;
      outcomes.push(error.code);
    }
  }
  return outcomes;
}

// Legacy aggregations (`| count() ...`, `| near ...`) describe many events; SigmaHQ keeps these rules out of
// its main folders. They are the only real rules the single-event matcher refuses.
const AGGREGATION_RULES = [
  'deprecated/other/generic_brute_force.yml',
  'unsupported/cloud/aws_enum_network.yml',
  'unsupported/cloud/aws_lambda_function_created_or_invoked.yml',
  'unsupported/linux/lnx_auditd_debugfs_usage.yml',
  'unsupported/network/net_firewall_susp_network_scan_by_port.yml',
  'unsupported/windows/win_apt_apt29_tor.yml',
];

describe('SigmaHQ fixtures', () => {
  const ROOT = sharedFixture('sigmahq');

  it('compiles every real rule, refusing only the legacy aggregations', () => {
    const files = ruleFiles(ROOT);
    expect(files.length).toBe(69);
    const refused: string[] = [];
    for (const file of files) {
      const outcomes = compileFile(file);
      const name = relative(ROOT, file);
      if (outcomes.some((o) => o !== 'ok')) refused.push(`${name}: ${outcomes.join(',')}`);
    }
    expect(refused).toEqual(AGGREGATION_RULES.map((name) => `${name}: aggregation`));
  });

  it('matches a real rule against an event shaped like its attack', () => {
    const path = join(ROOT, 'rules/windows/process_creation/proc_creation_win_netsh_packet_capture.yml');
    const [rule] = parseSigma(readFileSync(path, 'utf8')).rules;
    const compiled = compileRule(rule?.data as SigmaRuleObject);
    expect([
      compiled.matches({
        Image: 'C:\\Windows\\System32\\netsh.exe',
        CommandLine: 'netsh trace start capture=yes tracefile=c:\\t.etl',
      }),
      compiled.matches({ Image: 'C:\\Windows\\System32\\netsh.exe', CommandLine: 'netsh interface show' }),
    ]).toEqual([true, false]);
  });
});
