// Compatibility with the real world, from ../shared/fixtures (read in place, never copied): every SigmaHQ rule that
// SigmaHQ's own schema check passes validates without errors; the ones it fails are explained finding by finding;
// each of the 24 broken rules is refused for the reason its README gives, in well under a second.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings';
import { readTsv, sharedFixture } from '../test-support';
import type { AttackTagCatalog } from './checks/types';
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
  const current = read<{ tactics: FixtureTactic[]; techniques: FixtureTechnique[] }>(
    'enterprise-attack-19.1-from-art-index.json',
  );
  const older = read<{ techniques: FixtureTechnique[] }>('enterprise-attack-18.1-techniques.json');
  const known = new Set(current.techniques.map((t) => t.id));
  const retired = older.techniques.filter((t) => (t.revoked || t.deprecated) && !known.has(t.id));
  const techniques = [...current.techniques, ...retired].map((t) => ({
    ...t,
    name: t.name ?? t.name_art_display ?? t.id,
  }));
  return {
    version: '19.1',
    byId: new Map(techniques.map((t) => [t.id, t])),
    tacticByShortname: new Map(current.tactics.map((t) => [t.shortname, t])),
  };
}

const catalog = fixtureCatalog();
const codes = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.line} ${f.severity} ${f.code} ${f.path}`);

/** The rules SigmaHQ's CI does not check (deprecated/, unsupported/, other/), finding by finding, and why. */
const EXPLAINED: Record<string, { why: string; findings: string[] }> = {
  'unsupported/cloud/aws_lambda_function_created_or_invoked.yml': {
    why: 'Sigma 1.0 rule: slash dates, an underscore tactic, a near aggregation',
    findings: [
      '8 error DATE_FORMAT date',
      '9 error DATE_FORMAT modified',
      '11 warning TAG_TACTIC_UNDERSCORE tags[0]',
      '23 warning CONDITION_NEAR_DEPRECATED detection.condition',
    ],
  },
  'unsupported/cloud/aws_enum_network.yml': {
    why: 'Sigma 1.0 rule: slash dates, timeframe in detection, a count() aggregation',
    findings: [
      '8 error DATE_FORMAT date',
      '9 error DATE_FORMAT modified',
      '26 error SCHEMA_ANY_OF detection.timeframe',
      '27 warning CONDITION_AGGREGATION_DEPRECATED detection.condition',
    ],
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
    findings: [
      '6 error DATE_FORMAT date',
      '7 error DATE_FORMAT modified',
      '16 error SCHEMA_ANY_OF detection.timeframe',
      '17 warning CONDITION_AGGREGATION_DEPRECATED detection.condition',
    ],
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
    findings: [
      '7 error DATE_FORMAT date',
      '11 warning TAG_TACTIC_UNDERSCORE tags[0]',
      '23 error SCHEMA_ANY_OF detection.timeframe',
    ],
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
  /** The README's expected_validator_result for the file, verbatim: when the README changes, this mapping is reread. */
  readme: string;
  /** What the README says, as words found both in its text and in the messages of our errors. */
  terms: string[];
  /** Every error, `line severity CODE path`, in order. */
  errors: string[];
  /** Words the message of the first error must contain. */
  words: string[];
}

/** bad-sigma/README.tsv, row by row: each row's expected result, mapped to the codes and words we assert. */
const BAD: Record<string, Expected> = {
  '01_missing_title.yml': {
    readme: "error: required property 'title' is missing",
    terms: ["required property 'title' is missing"],
    errors: ['1 error SCHEMA_REQUIRED title'],
    words: ["required property 'title' is missing"],
  },
  '02_missing_detection.yml': {
    readme: "error: required property 'detection' is missing",
    terms: ["required property 'detection' is missing"],
    errors: ['1 error SCHEMA_REQUIRED detection'],
    words: ["required property 'detection' is missing"],
  },
  '03_missing_condition.yml': {
    readme: "error: detection: required property 'condition' is missing",
    terms: ["detection: required property 'condition' is missing"],
    errors: ['17 error SCHEMA_REQUIRED detection.condition'],
    words: ['detection:', "'condition' is missing"],
  },
  '04_condition_undefined_identifier.yml': {
    readme: "error: condition references undefined search identifier 'selection_3'",
    terms: ["'selection_3'"],
    errors: ['30 error CONDITION_UNDEFINED detection.condition'],
    words: ["'selection_3'", 'selection_1, selection_2'],
  },
  '05_condition_syntax_error.yml': {
    readme: "error: condition parse error: unexpected end of expression / missing ')'",
    terms: ['unexpected end of'],
    errors: ['26 error CONDITION_SYNTAX detection.condition'],
    words: ['does not parse', 'unexpected end of condition'],
  },
  '06_invalid_level.yml': {
    readme: "error: level: 'severe' is not an allowed value (informational, low, medium, high, critical)",
    terms: ["'severe' is not an allowed value (informational, low, medium, high, critical)"],
    errors: ['30 error SCHEMA_ENUM level'],
    words: ["'severe'", 'informational, low, medium, high, critical'],
  },
  '07_invalid_status.yml': {
    readme: "error: status: 'production' is not an allowed value (stable, test, experimental, deprecated, unsupported)",
    terms: ["'production' is not an allowed value (stable, test, experimental, deprecated, unsupported)"],
    errors: ['3 error SCHEMA_ENUM status'],
    words: ["'production'", 'stable, test, experimental, deprecated, unsupported'],
  },
  '08_bad_tag_format.yml': {
    readme: "error: tags[0..2] do not match the tag pattern namespace.name (lowercase); e.g. expected 'attack.t1020'",
    terms: ['namespace.name', "'attack.t1020'"],
    errors: ['12 error TAG_FORMAT tags[0]', '13 error TAG_FORMAT tags[1]', '14 error TAG_FORMAT tags[2]'],
    words: ["'Exfiltration'", 'namespace.name', 'lowercase'],
  },
  '09_non_uuid_id.yml': {
    readme: "error: id: 'gcp-packet-mirroring-001' is not a valid UUID",
    terms: ["'gcp-packet-mirroring-001' is not a valid UUID"],
    errors: ['2 error ID_NOT_UUID id'],
    words: ["'gcp-packet-mirroring-001'", 'not a valid UUID'],
  },
  '10_date_wrong_format.yml': {
    readme: "error: date: '2021/08/08' does not match YYYY-MM-DD; modified: '23.08.2022' does not match YYYY-MM-DD",
    terms: ["'2021/08/08' does not match YYYY-MM-DD", "'23.08.2022' does not match YYYY-MM-DD"],
    errors: ['10 error DATE_FORMAT date', '11 error DATE_FORMAT modified'],
    words: ["'2021/08/08'", 'YYYY-MM-DD'],
  },
  '11_impossible_date.yml': {
    readme:
      "error: modified: '2022-13-45' is not a valid date (must be reported as a validation error, not an internal crash)",
    terms: ["'2022-13-45' is not a valid date"],
    errors: ['10 error DATE_INVALID modified'],
    words: ["'2022-13-45'", 'not a valid date'],
  },
  '12_duplicate_top_level_key.yml': {
    readme: "error: duplicate key 'title' (lines 1 and 28); duplicate key 'level' (lines 27 and 29)",
    terms: ["duplicate key 'title' (lines 1 and 28)", "duplicate key 'level' (lines 27 and 29)"],
    errors: ['28 error YAML_DUPLICATE_KEY title', '29 error YAML_DUPLICATE_KEY level'],
    words: ["duplicate key 'title'", 'lines 1 and 28'],
  },
  '13_duplicate_detection_key.yml': {
    readme: "error: duplicate key 'selection_1' in detection",
    terms: ["duplicate key 'selection_1' in detection"],
    errors: ['30 error YAML_DUPLICATE_KEY detection.selection_1'],
    words: ["duplicate key 'selection_1' in detection"],
  },
  '14_not_yaml.yml': {
    readme:
      "error: YAML parse error near line 18 (while parsing a flow mapping / found character '\\t' that cannot start any token)",
    terms: ['flow map'],
    errors: [
      '20 error YAML_SYNTAX ',
      '22 error YAML_SYNTAX ',
      '23 error YAML_SYNTAX ',
      '26 error YAML_SYNTAX ',
      ...Array(5).fill('27 error YAML_SYNTAX '),
    ],
    words: ['YAML syntax error', 'flow'],
  },
  '15_yaml_scalar_not_mapping.yml': {
    readme: 'error: rule document must be a mapping/object (got string)',
    terms: ['rule document must be a mapping', 'string'],
    errors: ['1 error YAML_NOT_MAPPING '],
    words: ['must be a mapping', 'got a string'],
  },
  '16_yaml_bomb_billion_laughs.yml': {
    readme:
      'error: YAML anchors/aliases not allowed (or alias expansion limit exceeded); must fail fast without hanging or exhausting memory',
    terms: ['alias'],
    errors: ['37 error YAML_ALIAS_LIMIT '],
    words: ["alias '*lol9'", 'billion-laughs'],
  },
  '17_oversized_5mb.yml': {
    readme: 'error: file exceeds maximum rule size (e.g. 1 MiB); rejected before YAML parsing',
    terms: ['maximum rule size', 'rejected before'],
    errors: ['1 error SIZE_LIMIT '],
    words: ['5247000 bytes', 'maximum rule size of 1048576 bytes', 'before parsing'],
  },
  '18_empty_file.yml': {
    readme: 'error: empty file / no YAML document',
    terms: ['empty'],
    errors: ['1 error EMPTY_FILE '],
    words: ['file is empty'],
  },
  '19_invalid_utf8_latin1.yml': {
    readme: 'error: file is not valid UTF-8 (invalid byte 0xd6 at offset ~N)',
    terms: ['not valid UTF-8', '0xd6'],
    errors: ['7 error INVALID_UTF8 '],
    words: ['not valid UTF-8', 'byte 0xd6', 'offset 282'],
  },
  '20_detection_wrong_type.yml': {
    readme: 'error: detection must be an object/mapping (got string)',
    terms: ['detection must be a', 'mapping', 'string'],
    errors: ['17 error SCHEMA_TYPE detection'],
    words: ['detection must be a mapping', 'got a string'],
  },
  '21_tags_not_list.yml': {
    readme: 'error: tags must be an array of strings (got string)',
    terms: ['tags must be', 'string'],
    errors: ['11 error SCHEMA_TYPE tags'],
    words: ['tags must be a list', 'got a string'],
  },
  '22_unknown_modifier.yml': {
    readme: "error: unknown value modifier 'contians' on field CommandLine",
    terms: ["unknown value modifier 'contians' on field CommandLine"],
    errors: ['23 error MODIFIER_UNKNOWN detection.selection_cli.CommandLine|contians|all'],
    words: ["unknown value modifier 'contians'", 'CommandLine', "did you mean 'contains'"],
  },
  '23_title_too_long.yml': {
    readme: 'error: title longer than 256 characters',
    terms: ['title', '256'],
    errors: ['1 error SCHEMA_MAX_LENGTH title'],
    words: ['title is 308 characters long', 'maximum is 256'],
  },
  '24_condition_list_form.yml': {
    readme: 'error: detection.condition must be a string (got array)',
    terms: ['detection.condition must be a string'],
    errors: ['30 error SCHEMA_TYPE detection.condition'],
    words: ['detection.condition must be a string', 'got a list'],
  },
};

describe('broken rules (fixtures/bad-sigma)', () => {
  const readme = readTsv(sharedFixture('bad-sigma', 'README.tsv'));

  it('has an expectation for each of the 24 files the README describes, and for no other', () => {
    const listed = readme.map((r) => r.file ?? '');
    const mapped = Object.keys(BAD);
    expect(
      listed.filter((file) => !Object.hasOwn(BAD, file)),
      'files README.tsv lists that BAD does not map',
    ).toEqual([]);
    expect(
      mapped.filter((file) => !listed.includes(file)),
      'files BAD maps that README.tsv does not list',
    ).toEqual([]);
    expect(listed).toEqual(mapped);
    expect(listed).toHaveLength(24);
  });

  it.each(readme.map((r) => [r.file ?? '', r.expected_validator_result ?? '']))(
    'refuses %s (%s)',
    (file, readmeSays) => {
      const expected = BAD[file];
      if (!expected) throw new Error(`README.tsv lists ${file}, which BAD does not map to codes and words`);
      // The mapping below is of this README text; if the README says something else now, reread it.
      expect(readmeSays, `README.tsv's expected result for ${file} changed`).toBe(expected.readme);
      expect(readmeSays.startsWith('error:'), 'every broken rule is expected to be an error').toBe(true);
      const bytes = readFileSync(sharedFixture('bad-sigma', file));
      const started = performance.now();
      const result = validateSigma(bytes, { file, catalog });
      const elapsed = performance.now() - started;

      expect(elapsed).toBeLessThan(1000);
      expect(result.ok).toBe(false);
      const errors = result.findings.filter((f) => f.severity === 'error');
      expect(codes(errors)).toEqual(expected.errors);
      for (const word of expected.words) expect(errors[0]?.message).toContain(word);
      const said = errors.map((f) => f.message).join('\n');
      for (const term of expected.terms) {
        expect(readmeSays, `'${term}' is not in README.tsv's expected result`).toContain(term);
        expect(said, `README.tsv expects '${term}'`).toContain(term);
      }
      for (const f of result.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
    },
  );
});
