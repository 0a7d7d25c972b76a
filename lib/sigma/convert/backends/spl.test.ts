// Splunk SPL: the exact query for each detection of cases.ts, written from Splunk's search reference (search compares values case-insensitively with * as its only wildcard; where/eval is case-sensitive).
import { describe, expect, it } from 'vitest';
import { convertDetection, queryOrErrors } from '../test-support';
import { CASES } from './cases';

const EXPECTED: Readonly<Record<keyof typeof CASES, string>> = {
  equals: String.raw`index=* Image="C:\\Windows\\System32\\cmd.exe"`,
  equalsEmpty: 'index=* Description=""',
  contains: 'index=* CommandLine="* -enc *"',
  startswith: 'index=* CommandLine="net user*"',
  endswith: String.raw`index=* Image="*\\rundll32.exe"`,
  listOr: String.raw`index=* (Image IN ("*\\a.exe", "*\\b.exe"))`,
  listEquals: 'index=* (User IN ("alice", "Bob"))',
  containsAll: 'index=* CommandLine="*-nop*" AND CommandLine="*-w hidden*"',
  wildcardMiddle: 'index=* CommandLine="cmd*/c*whoami"',
  wildcardOne: String.raw`index=*
| where match(Image, "(?is)^C:\\\\Temp\\\\x.\\.exe$")`,
  escapedStar: String.raw`index=*
| where match(CommandLine, "(?is)a\\*b")`,
  escapedQuestion: 'index=* CommandLine="*what?"',
  anyValue: 'index=* CommandLine=*',
  doubleQuote: String.raw`index=* CommandLine="*say \"hi\"*"`,
  singleQuote: 'index=* CommandLine="*it\'s*"',
  backslashes: String.raw`index=* CommandLine="*\\server\\share*"`,
  trailingBackslash: String.raw`index=* CurrentDirectory="C:\\Temp\\"`,
  unicode: 'index=* CommandLine="*ｐｏｗｅｒ—Ärger*"',
  emoji: 'index=* CommandLine="*😀*"',
  percentUnderscore: 'index=* CommandLine="*100%_done*"',
  cased: `index=*
| where match(CommandLine, "(?s)AbC")`,
  casedEquals: `index=*
| where User=="SYSTEM"`,
  number: 'index=* EventID=4688',
  numberList: 'index=* (EventID=4624 OR EventID=4625)',
  boolean: 'index=* Enabled="true"',
  nullValue: 'index=* NOT ParentImage=*',
  existsTrue: 'index=* Hashes=*',
  existsFalse: 'index=* NOT Hashes=*',
  compare: 'index=* Count>=10 AND Size<2.5',
  cidr4: 'index=* DestinationIp="10.0.0.0/8"',
  cidr6: 'index=* DestinationIp="fe80::/10"',
  regex: String.raw`index=*
| where match(CommandLine, "\\s-e(nc)?\\s+[A-Za-z0-9+/=]{20,}")`,
  regexI: `index=*
| where match(CommandLine, "(?i)invoke-(expression|webrequest)")`,
  regexAnchored: String.raw`index=*
| where match(Image, "^C:\\\\Users\\\\[^\\\\]+\\\\x\\.exe$")`,
  // The matcher runs regexes in RE2, which has no lookaround: a rule it cannot run is not converted either.
  regexLookahead: 'error INVALID_RULE',
  windash: 'index=* (CommandLine IN ("* -s *", "* /s *", "* –s *", "* —s *", "* ―s *"))',
  base64: 'index=* CommandLine="*SUVY*"',
  base64offset: 'index=* (CommandLine IN ("*aHR0c*", "*h0dH*", "*odHRw*"))',
  wideBase64: 'index=* (CommandLine IN ("*YQBiA*", "*EAYg*", "*hAGIA*"))',
  wideBytes: 'error ENCODED_BYTES',
  fieldref: `index=*
| where lower(TargetUserName)==lower(SubjectUserName)`,
  fieldrefEndswith: `index=*
| where substr(lower(Image), -len(lower(ParentImage)))==lower(ParentImage)`,
  keywords: 'index=* ("*mimikatz*" OR "*sekurlsa*")',
  notFilter: String.raw`index=* Image="*\\cmd.exe" AND NOT User="SYSTEM"`,
  oneOfThem: String.raw`index=* (Image="*\\a.exe" OR CommandLine="*x*")`,
  allOfPattern: String.raw`index=* Image="*\\a.exe" AND CommandLine="*x*"`,
  parentheses: 'index=* A=1 AND (B=2 OR C=3)',
  notOr: 'index=* NOT (A="x" OR B="y")',
  listOfMaps: 'index=* ((A="x" AND B="y") OR C="z")',
  dottedField: 'index=* userIdentity.arn="*:root*"',
  oddField: 'index=* cs-uri-query="*/x*"',
  expandUnset: 'error PLACEHOLDER_UNSET',
  aggregation: 'error AGGREGATION',
};

describe('splunk backend (Splunk SPL)', () => {
  it('has an expected query for every case', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, detection) => {
    expect(queryOrErrors(convertDetection('splunk', detection))).toBe(EXPECTED[name as keyof typeof CASES]);
  });
});
