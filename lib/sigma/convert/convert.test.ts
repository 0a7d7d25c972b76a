import { describe, expect, it } from 'vitest';
import { yaml } from '../test-support';
import { convertFile } from './file';
import { codes, convertDetection, queryOrErrors } from './test-support';
import { CONVERTER_VERSION } from './version';

describe('convertRule', () => {
  it('returns the query with its data sources, tables, language and converter version', () => {
    const result = convertDetection('sentinel', 'sel:\n  EventID: 4688\ncondition: sel', {
      product: 'windows',
      service: 'security',
    });
    expect(result).toEqual({
      ok: true,
      target: 'sentinel',
      language: 'kql',
      query: 'SecurityEvent\n| where EventID == 4688',
      findings: [],
      dataSources: ['Windows Security log in the SecurityEvent table (Windows Security Events via AMA)'],
      tables: ['SecurityEvent'],
      converterVersion: CONVERTER_VERSION,
    });
  });

  it('reads a list of conditions (Sigma 1.0) as any of them', () => {
    const detection = 'a:\n  A: x\nb:\n  B: y\ncondition:\n  - a\n  - b';
    expect(queryOrErrors(convertDetection('splunk', detection))).toBe('index=* (A="x" OR B="y")');
  });

  it("leaves '_' identifiers out of 'them' but not out of a written pattern", () => {
    const detection = 'sel:\n  A: x\n_helper:\n  B: y\ncondition: 1 of them and not 1 of _h*';
    expect(queryOrErrors(convertDetection('splunk', detection))).toBe('index=* A="x" AND NOT B="y"');
  });

  it('negates an entry with |neq', () => {
    expect(queryOrErrors(convertDetection('elastic', 'sel:\n  A|neq: x\ncondition: sel'))).toBe(
      'FROM logs-*\n| WHERE NOT TO_LOWER(A) == "x"',
    );
  });

  it('fills configured placeholders, each value an alternative', () => {
    const result = convertDetection('sentinel', "sel:\n  User|expand: '%admins%'\ncondition: sel", undefined, {
      admins: ['root', 'Administrator'],
    });
    expect(queryOrErrors(result)).toBe('union *\n| where User in~ ("root", "Administrator")');
  });

  it('names every gap of a rule at once, and gives no query', () => {
    const detection = "a:\n  A|expand: '%one%'\nb:\n  B|wide: x\ncondition: a and b";
    const result = convertDetection('qradar', detection);
    expect(result.ok).toBe(false);
    expect(result.query).toBeUndefined();
    expect(codes(result)).toEqual(['error PLACEHOLDER_UNSET', 'error ENCODED_BYTES']);
  });

  it('refuses a rule the validator refuses, with the reason, instead of throwing', () => {
    expect(codes(convertDetection('splunk', 'sel:\n  A: x\ncondition: sel and missing'))).toEqual([
      'error INVALID_RULE',
    ]);
    expect(codes(convertDetection('splunk', "sel:\n  A|re: '(unclosed'\ncondition: sel"))).toEqual([
      'error INVALID_RULE',
    ]);
    expect(codes(convertDetection('splunk', 'sel:\n  A|nosuch: x\ncondition: sel'))).toEqual(['error INVALID_RULE']);
    expect(codes(convertDetection('splunk', 'sel: []\ncondition: sel'))).toEqual(['error INVALID_RULE']);
  });

  it('looks for a value anywhere in a payload when the SIEM parses no field for it, and says so', () => {
    const detection = "sel:\n  ScriptBlockText: 'Get-Secret'\n  EventID: 4104\ncondition: sel";
    const result = convertDetection('qradar', detection, { product: 'windows', category: 'ps_script' });
    expect(result.query).toBe(
      'SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = \'Microsoft Windows Security Event Log\' AND "Event ID" = 4104 AND UTF8(payload) ILIKE \'%Get-Secret%\' AND "Event ID" = 4104',
    );
    expect(codes(result)).toEqual(['warning FIELD_APPROXIMATED']);
  });

  it('says once per field that a field is unmapped, at the first place the rule uses it', () => {
    const file = yaml`
      title: t
      logsource:
          product: windows
          category: process_creation
      detection:
          a:
              Nonsense: x
          b:
              Nonsense: y
          condition: a or b
    `;
    const [rule] = convertFile(file, ['sentinel']).rules;
    const findings = rule?.results[0]?.findings ?? [];
    expect(findings.map((f) => `${f.line}:${f.column} ${f.code} ${f.path}`)).toEqual([
      '7:19 FIELD_UNMAPPED detection.a.Nonsense',
    ]);
    expect(rule?.results[0]?.query).toBe('DeviceProcessEvents\n| where Nonsense in~ ("x", "y")');
  });
});
