// Compatibility with the real world, from ../shared/fixtures (read in place, never copied): every SigmaHQ rule that
// SigmaHQ's own schema check passes validates without errors; the ones it fails are explained finding by finding;
// each of the 24 broken rules is refused for the reason its README gives, in well under a second.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttackTagCatalog } from './checks/types';
import type { Finding } from './findings';
import { readTsv, sharedFixture } from './test-support';
import { validateSigma } from './validate';

interface FixtureTechnique {
  id: string;
  name: string | null;
  name_art_display?: string | null;
  tactics: string[];
  parent: string | null;
  url: string;
  revoked: boolean;
  deprecated: boolean;
}
interface FixtureTactic {
  id: string;
  shortname: string;
  name: string;
  url: string;
  order: number;
}

/** ATT&CK v19.1 as SigmaHQ tags it, plus the v18.1 techniques since revoked or deprecated, so their status shows. */
function fixtureCatalog(): AttackTagCatalog {
  const read = <T>(file: string): T => JSON.parse(readFileSync(sharedFixture('attack', file), 'utf8')) as T;
  const current = read<{ tactics: FixtureTactic[]; techniques: FixtureTechnique[] }>('enterprise-attack-19.1-from-art-index.json');
  const older = read<{ techniques: FixtureTechnique[] }>('enterprise-attack-18.1-techniques.json');
  const known = new Set(current.techniques.map((t) => t.id));
  const retired = older.techniques.filter((t) => (t.revoked || t.deprecated) && !known.has(t.id));
  const techniques = [...current.techniques, ...retired].map((t) => ({ ...t, name: t.name ?? t.name_art_display ?? t.id }));
  return {
    version: '19.1',
    byId: new Map(techniques.map((t) => [t.id, t])),
    tacticByShortname: new Map(current.tactics.map((t) => [t.shortname, t])),
  };
}

const catalog = fixtureCatalog();
const codes = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.line} ${f.severity} ${f.code} ${f.path}`);

/** The rules SigmaHQ's CI does not check (deprecated/, unsupported/, other/), finding by finding, and why. */
const EXPLAINED: Record<string, { why: string; findings: string[] }> = {
  'unsupported/cloud/aws_lambda_function_created_or_invoked.yml': {
    why: 'Sigma 1.0 rule: slash dates, an underscore tactic, a near aggregation',
    findings: ['8 error DATE_FORMAT date', '9 error DATE_FORMAT modified', '11 warning TAG_TACTIC_UNDERSCORE tags[0]', '23 warning CONDITION_NEAR_DEPRECATED detection.condition'],
  },
  'unsupported/cloud/aws_enum_network.yml': {
    why: 'Sigma 1.0 rule: slash dates, timeframe in detection, a count() aggregation',
    findings: ['8 error DATE_FORMAT date', '9 error DATE_FORMAT modified', '26 error SCHEMA_ANY_OF detection.timeframe', '27 warning CONDITION_AGGREGATION_DEPRECATED detection.condition'],
  },
  'unsupported/linux/lnx_auditd_debugfs_usage.yml': {
    why: 'Sigma 1.0 rule: slash dates, defense_evasion (split in v19.1), timeframe, near',
    findings: [
      '9 error DATE_FORMAT date',
      '10 error DATE_FORMAT modified',
      '12 warning TAG_TACTIC_SPLIT tags[0]',
      '32 error SCHEMA_ANY_OF detection.timeframe',
      '33 warning CONDITION_NEAR_DEPRECATED detection.condition',
    ],
  },
  'unsupported/network/net_firewall_susp_network_scan_by_port.yml': {
    why: 'Sigma 1.0 rule: slash dates, timeframe, count(field) by field',
    findings: ['6 error DATE_FORMAT date', '7 error DATE_FORMAT modified', '16 error SCHEMA_ANY_OF detection.timeframe', '17 warning CONDITION_AGGREGATION_DEPRECATED detection.condition'],
  },
  'deprecated/other/generic_brute_force.yml': {
    why: 'deprecated Sigma 1.0 rule: slash dates, timeframe, count() by, an underscore tactic',
    findings: [
      '6 error DATE_FORMAT date',
      '7 error DATE_FORMAT modified',
      '13 error SCHEMA_ANY_OF detection.timeframe',
      '14 warning CONDITION_AGGREGATION_DEPRECATED detection.condition',
      '25 warning TAG_TACTIC_UNDERSCORE tags[0]',
    ],
  },
  'unsupported/windows/win_apt_apt29_tor.yml': {
    why: 'collection (global + one rule): revoked T1050, slash dates, timeframe, near; merged, it has title and id',
    findings: [
      '10 warning TAG_REVOKED_TECHNIQUE tags[2]',
      '12 error DATE_FORMAT date',
      '13 error DATE_FORMAT modified',
      '24 error SCHEMA_ANY_OF detection.timeframe',
      '25 warning CONDITION_NEAR_DEPRECATED detection.condition',
    ],
  },
  'unsupported/windows/win_remote_service.yml': {
    why: 'collection of two rules sharing a global part: slash date, underscore tactic, timeframe (each reported once)',
    findings: ['7 error DATE_FORMAT date', '11 warning TAG_TACTIC_UNDERSCORE tags[0]', '23 error SCHEMA_ANY_OF detection.timeframe'],
  },
  'unsupported/windows/sysmon_process_reimaging.yml': {
    why: 'collection of two rules: defense_evasion (split in v19.1), slash dates',
    findings: ['19 warning TAG_TACTIC_SPLIT tags[0]', '20 error DATE_FORMAT date', '21 error DATE_FORMAT modified'],
  },
  'other/godmode_sigma_rule.yml': {
    why: 'collection whose documents fail the schema one by one (no logsource, no title), but each merged rule is complete',
    findings: [],
  },
};

/**
 * Warnings the passing rules carry, and a new one should be looked at, not slip through. SigmaHQ's rules-placeholder
 * rules are valid, but run only where their `|expand` placeholders get values: one warning per placeholder.
 */
const WARNINGS_ON_PASSING_RULES: Record<string, string[]> = {
  'rules-placeholder/windows/process_creation/proc_creation_win_userdomain_variable_enumeration.yml': [
    '20 warning COMPILE_PLACEHOLDER detection.selection.CommandLine|contains|expand',
  ],
  'rules-placeholder/cloud/aws/cloudtrail/aws_cloudtrail_console_login_success_from_susp_locations.yml': [
    '25 warning COMPILE_PLACEHOLDER detection.filter_main_country.src_country|expand',
    '27 warning COMPILE_PLACEHOLDER detection.filter_main_ip.src_ip|expand',
  ],
};

describe('SigmaHQ rules (fixtures/sigmahq)', () => {
  const manifest = readTsv(sharedFixture('sigmahq', 'MANIFEST.tsv'));

  it('covers every rule of the manifest', () => {
    expect(manifest).toHaveLength(69);
    const failing = manifest.filter((r) => !(r['json_schema_v2.1.0'] ?? '').startsWith('PASS')).map((r) => r.path);
    expect(failing.sort()).toEqual(Object.keys(EXPLAINED).sort());
  });

  it.each(manifest.map((r) => [r.path ?? '', r]))('%s', (path, row) => {
    const result = validateSigma(readFileSync(sharedFixture('sigmahq', path)), { file: path, catalog });
    expect(result.documents).toHaveLength(Number(row.n_documents));
    expect(result.rules.map((r) => r.data.title)).toContain(row.title);
    const explained = EXPLAINED[path];
    if (explained) {
      expect(codes(result.findings), explained.why).toEqual(explained.findings);
      return;
    }
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(codes(result.findings)).toEqual(WARNINGS_ON_PASSING_RULES[path] ?? []);
    expect(result.ok).toBe(true);
  });
});

interface Expected {
  /** Every error, `line severity CODE path`, in order. */
  errors: string[];
  /** Words the message of the first error must contain. */
  words: string[];
}

const BAD: Record<string, Expected> = {
  '01_missing_title.yml': { errors: ['1 error SCHEMA_REQUIRED title'], words: ["required property 'title' is missing"] },
  '02_missing_detection.yml': { errors: ['1 error SCHEMA_REQUIRED detection'], words: ["required property 'detection' is missing"] },
  '03_missing_condition.yml': { errors: ['17 error SCHEMA_REQUIRED detection.condition'], words: ['detection:', "'condition' is missing"] },
  '04_condition_undefined_identifier.yml': { errors: ['30 error CONDITION_UNDEFINED detection.condition'], words: ["'selection_3'", 'selection_1, selection_2'] },
  '05_condition_syntax_error.yml': { errors: ['26 error CONDITION_SYNTAX detection.condition'], words: ['does not parse', 'unexpected end of condition'] },
  '06_invalid_level.yml': { errors: ['30 error SCHEMA_ENUM level'], words: ["'severe'", 'informational, low, medium, high, critical'] },
  '07_invalid_status.yml': { errors: ['3 error SCHEMA_ENUM status'], words: ["'production'", 'stable, test, experimental, deprecated, unsupported'] },
  '08_bad_tag_format.yml': {
    errors: ['12 error TAG_FORMAT tags[0]', '13 error TAG_FORMAT tags[1]', '14 error TAG_FORMAT tags[2]'],
    words: ["'Exfiltration'", 'namespace.name', 'lowercase'],
  },
  '09_non_uuid_id.yml': { errors: ['2 error ID_NOT_UUID id'], words: ["'gcp-packet-mirroring-001'", 'not a valid UUID'] },
  '10_date_wrong_format.yml': { errors: ['10 error DATE_FORMAT date', '11 error DATE_FORMAT modified'], words: ["'2021/08/08'", 'YYYY-MM-DD'] },
  '11_impossible_date.yml': { errors: ['10 error DATE_INVALID modified'], words: ["'2022-13-45'", 'not a valid date'] },
  '12_duplicate_top_level_key.yml': {
    errors: ['28 error YAML_DUPLICATE_KEY title', '29 error YAML_DUPLICATE_KEY level'],
    words: ["duplicate key 'title'", 'lines 1 and 28'],
  },
  '13_duplicate_detection_key.yml': { errors: ['30 error YAML_DUPLICATE_KEY detection.selection_1'], words: ["duplicate key 'selection_1' in detection"] },
  '14_not_yaml.yml': {
    errors: ['20 error YAML_SYNTAX ', '22 error YAML_SYNTAX ', '23 error YAML_SYNTAX ', '26 error YAML_SYNTAX ', ...Array(5).fill('27 error YAML_SYNTAX ')],
    words: ['YAML syntax error', 'flow'],
  },
  '15_yaml_scalar_not_mapping.yml': { errors: ['1 error YAML_NOT_MAPPING '], words: ['must be a mapping', 'got a string'] },
  '16_yaml_bomb_billion_laughs.yml': { errors: ['37 error YAML_ALIAS_LIMIT '], words: ["alias '*lol9'", 'billion-laughs'] },
  '17_oversized_5mb.yml': { errors: ['1 error SIZE_LIMIT '], words: ['5247000 bytes', 'maximum rule size of 1048576 bytes', 'before parsing'] },
  '18_empty_file.yml': { errors: ['1 error EMPTY_FILE '], words: ['file is empty'] },
  '19_invalid_utf8_latin1.yml': { errors: ['7 error INVALID_UTF8 '], words: ['not valid UTF-8', 'byte 0xd6', 'offset 282'] },
  '20_detection_wrong_type.yml': { errors: ['17 error SCHEMA_TYPE detection'], words: ['detection must be a mapping', 'got a string'] },
  '21_tags_not_list.yml': { errors: ['11 error SCHEMA_TYPE tags'], words: ['tags must be a list', 'got a string'] },
  '22_unknown_modifier.yml': {
    errors: ['23 error MODIFIER_UNKNOWN detection.selection_cli.CommandLine|contians|all'],
    words: ["unknown value modifier 'contians'", 'CommandLine', "did you mean 'contains'"],
  },
  '23_title_too_long.yml': { errors: ['1 error SCHEMA_MAX_LENGTH title'], words: ['title is 308 characters long', 'maximum is 256'] },
  '24_condition_list_form.yml': { errors: ['30 error SCHEMA_TYPE detection.condition'], words: ['detection.condition must be a string', 'got a list'] },
};

describe('broken rules (fixtures/bad-sigma)', () => {
  const readme = readTsv(sharedFixture('bad-sigma', 'README.tsv'));

  it('has an expectation for each of the 24 files the README describes', () => {
    expect(readme.map((r) => r.file)).toEqual(Object.keys(BAD));
  });

  it.each(readme.map((r) => [r.file ?? '', r.expected_validator_result ?? '']))('refuses %s (%s)', (file, _readme) => {
    const expected = BAD[file] as Expected;
    const bytes = readFileSync(sharedFixture('bad-sigma', file));
    const started = performance.now();
    const result = validateSigma(bytes, { file, catalog });
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(codes(errors)).toEqual(expected.errors);
    for (const word of expected.words) expect(errors[0]?.message).toContain(word);
    for (const f of result.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
  });
});
