import { describe, expect, it } from 'vitest';
import { smallCatalog } from '../../test-support';
import { type ValidateOptions, validateSigma } from '../validate';
import { suggestTag, tagsCheck } from './tags';

const findings = (tags: string[], options: ValidateOptions = {}) =>
  validateSigma(`title: t\ntags:\n${tags.map((t) => `    - '${t}'\n`).join('')}`, {
    checks: [tagsCheck],
    catalog: smallCatalog(),
    ...options,
  }).findings;

const messages = (tags: string[], options: ValidateOptions = {}) =>
  findings(tags, options).map((f) => `${f.severity} ${f.code} ${f.message}`);

describe('tags check', () => {
  it('accepts resolvable ATT&CK tags and well-formed tags of the other namespaces', () => {
    expect(
      findings([
        'attack.exfiltration',
        'attack.t1020',
        'attack.t1020.001',
        'attack.g0016',
        'attack.s0002',
        'attack.ta0010',
        'car.2013-07-002',
        'cve.2025-53770',
        'detection.threat-hunting',
        'tlp.amber-strict',
        'stp.3k',
        'd3fend.d3-am',
      ]),
    ).toEqual([]);
  });

  it('reports malformed tags at the tag, with the tag the author probably meant', () => {
    expect(findings(['Exfiltration', 'attack.T1020', 'MITRE ATT&CK T1020'])).toEqual([
      {
        code: 'TAG_FORMAT',
        severity: 'error',
        path: 'tags[0]',
        line: 3,
        column: 7,
        message:
          "tags[0]: 'Exfiltration' does not match the tag pattern namespace.name (lowercase letters, digits, '_', '-', '.'); did you mean 'attack.exfiltration'?",
      },
      {
        code: 'TAG_FORMAT',
        severity: 'error',
        path: 'tags[1]',
        line: 4,
        column: 7,
        message:
          "tags[1]: 'attack.T1020' does not match the tag pattern namespace.name (lowercase letters, digits, '_', '-', '.'); did you mean 'attack.t1020'?",
      },
      {
        code: 'TAG_FORMAT',
        severity: 'error',
        path: 'tags[2]',
        line: 5,
        column: 7,
        message:
          "tags[2]: 'MITRE ATT&CK T1020' does not match the tag pattern namespace.name (lowercase letters, digits, '_', '-', '.'); did you mean 'attack.t1020'?",
      },
    ]);
  });

  it('resolves techniques: unknown is an error, revoked and deprecated are warnings naming the status', () => {
    expect(messages(['attack.t9999', 'attack.t1020.009', 'attack.t1050', 'attack.t1108'])).toEqual([
      "error TAG_UNKNOWN_TECHNIQUE 'attack.t9999': T9999 is not a technique in ATT&CK v19.1",
      "error TAG_UNKNOWN_TECHNIQUE 'attack.t1020.009': T1020.009 is not a technique in ATT&CK v19.1 (its parent T1020 Automated Exfiltration exists)",
      "warning TAG_REVOKED_TECHNIQUE 'attack.t1050': T1050 (New Service) is revoked in ATT&CK v19.1; tag the technique that replaced it",
      "warning TAG_DEPRECATED_TECHNIQUE 'attack.t1108': T1108 (Redundant Access) is deprecated in ATT&CK v19.1; tag the technique that replaced it",
    ]);
  });

  it('resolves tactics by shortname, with advice for old and split names', () => {
    expect(
      messages([
        'attack.command_and_control',
        'attack.defense_evasion',
        'attack.defense-evasion',
        'attack.exfiltratoin',
        'attack.ta0099',
      ]),
    ).toEqual([
      "warning TAG_TACTIC_UNDERSCORE 'attack.command_and_control' uses the old underscore form: write 'attack.command-and-control' (the tactic's shortname in ATT&CK v19.1)",
      "warning TAG_TACTIC_SPLIT 'attack.defense_evasion': tactic 'defense-evasion' no longer exists in ATT&CK v19.1, it was split: use 'attack.stealth' or 'attack.defense-impairment', whichever fits the behaviour",
      "warning TAG_TACTIC_SPLIT 'attack.defense-evasion': tactic 'defense-evasion' no longer exists in ATT&CK v19.1, it was split: use 'attack.stealth' or 'attack.defense-impairment', whichever fits the behaviour",
      "error TAG_UNKNOWN_TACTIC 'attack.exfiltratoin' is neither a tactic shortname nor a technique, group or software ID in ATT&CK v19.1 (did you mean 'attack.exfiltration'?)",
      "error TAG_UNKNOWN_TACTIC 'attack.ta0099': TA0099 is not a tactic in ATT&CK v19.1",
    ]);
  });

  it('looks tactic names up as themselves, not as members of Object.prototype', () => {
    expect(messages(['attack.constructor', 'attack.__proto__'])).toEqual([
      "error TAG_UNKNOWN_TACTIC 'attack.constructor' is neither a tactic shortname nor a technique, group or software ID in ATT&CK v19.1",
      "error TAG_UNKNOWN_TACTIC 'attack.__proto__' is neither a tactic shortname nor a technique, group or software ID in ATT&CK v19.1",
    ]);
  });

  it('warns about namespaces and names the Sigma tags appendix does not define', () => {
    expect(messages(['mitre.t1020', 'tlp.white', 'detection.hunting', 'cve.log4shell'])).toEqual([
      "warning TAG_UNKNOWN_NAMESPACE tags[0]: 'mitre.t1020' uses namespace 'mitre', which is not a Sigma tag namespace (attack, car, cve, d3fend, detection, stp, tlp)",
      "warning TAG_UNKNOWN_NAME tags[1]: 'tlp.white' is not a valid 'tlp' tag (red, amber, amber-strict, green, clear)",
      "warning TAG_UNKNOWN_NAME tags[2]: 'detection.hunting' is not a valid 'detection' tag (dfir, emerging-threats, threat-hunting)",
      "warning TAG_UNKNOWN_NAME tags[3]: 'cve.log4shell' is not a valid 'cve' tag (e.g. 'cve.2021-44228')",
    ]);
  });

  it('checks form only when no catalog is given', () => {
    expect(findings(['attack.t9999', 'attack.whatever'], { catalog: undefined })).toEqual([]);
  });

  it("requires the detection's own technique when the caller names it", () => {
    expect(messages(['attack.t1020.001'], { expectedTechniques: ['T1020'] })).toEqual([]);
    expect(findings(['attack.t1071'], { expectedTechniques: ['T1020.001'] })).toEqual([
      {
        code: 'TAG_TECHNIQUE_MISSING',
        severity: 'error',
        path: 'tags',
        line: 2,
        column: 1,
        message: "the detection is about T1020.001, but the rule has no 'attack.t1020.001' tag",
      },
    ]);
  });
});

describe('suggestTag', () => {
  it('guesses only when there is something to go on', () => {
    expect(suggestTag('Attack.Exfiltration', undefined)).toBe('attack.exfiltration');
    expect(suggestTag('no namespace here', undefined)).toBeUndefined();
  });
});
