// Rule folders for the benchmarks: the SigmaHQ rules of ../shared/fixtures varied (new ids, numbered titles) when
// they are there, else (or with `generated`) our own template rules.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRuleFiles } from '../lib/sigma/read';
import { sigmaRule, writeFiles } from '../lib/sigma-import/testing';

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/sigmahq', import.meta.url));
export const CATALOG = fileURLToPath(new URL('../content/attack/enterprise-attack.json', import.meta.url));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A fixture rule made a different rule: every UUID in it replaced (consistently), its title numbered. */
function variant(text: string, i: number): string {
  const ids = new Map<string, string>();
  return text
    .replace(UUID, (id) => ids.get(id) ?? ids.set(id, randomUUID()).get(id) ?? id)
    .replace(
      /^title:[ \t]*(.+)$/m,
      (_line, raw: string) => `title: ${JSON.stringify(`${raw.trim().replace(/^(['"])(.*)\1$/, '$2')} (${i})`)}`,
    );
}

const TAGS = [
  ['attack.exfiltration', 'attack.t1020'],
  ['attack.command-and-control', 'attack.t1071'],
  ['attack.execution', 'attack.t1059.001'],
  ['attack.stealth', 'attack.t1036.005'],
];
const LEVELS = ['low', 'medium', 'high', 'critical'];
const STATUSES = ['stable', 'test', 'experimental'];

function templateRule(i: number): string {
  return sigmaRule({
    id: randomUUID(),
    title: `Generated import rule ${i}`,
    status: STATUSES[i % STATUSES.length],
    level: LEVELS[i % LEVELS.length],
    description: `Detects generated activity number ${i}. Written for the import benchmark, with <angle> and {brace} text.`,
    tags: TAGS[i % TAGS.length],
    falsepositives: ['Administration scripts'],
    eventName: `GeneratedEvent${i}`,
  });
}

/** Writes `count` rule files into `folder`; says which kind. */
export function generateRules(folder: string, count: number, { generated = false } = {}): string {
  const useFixtures = existsSync(FIXTURES) && !generated;
  const sources = useFixtures
    ? findRuleFiles([FIXTURES]).files.map(({ file }) => ({
        path: file,
        text: readFileSync(join(FIXTURES, file), 'utf8'),
      }))
    : [];
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const source = sources[i % Math.max(sources.length, 1)];
    if (source)
      files[join(dirname(source.path), `${basename(source.path, '.yml')}_${i}.yml`)] = variant(source.text, i);
    else files[`generated/rule_${String(i).padStart(5, '0')}.yml`] = templateRule(i);
  }
  writeFiles(folder, files);
  return useFixtures ? `${sources.length} SigmaHQ fixture rules, varied` : 'our own template rules';
}
