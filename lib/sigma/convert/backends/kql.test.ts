// Sentinel KQL: the exact query for each detection of cases.ts, written from the Kusto string operator reference (=~, startswith, contains are case-insensitive; _cs forms; matches regex is RE2; * stands for every column).
import { describe, expect, it } from 'vitest';
import { convertDetection, queryOrErrors } from '../test-support';
import { CASES } from './cases';

const EXPECTED: Readonly<Record<keyof typeof CASES, string>> = {
  equals: String.raw`union *
| where Image =~ "C:\\Windows\\System32\\cmd.exe"`,
  equalsEmpty: `union *
| where Description =~ ""`,
  contains: `union *
| where CommandLine contains " -enc "`,
  startswith: `union *
| where CommandLine startswith "net user"`,
  endswith: String.raw`union *
| where Image endswith "\\rundll32.exe"`,
  listOr: String.raw`union *
| where Image endswith "\\a.exe" or Image endswith "\\b.exe"`,
  listEquals: `union *
| where User in~ ("alice", "Bob")`,
  containsAll: `union *
| where CommandLine contains "-nop" and CommandLine contains "-w hidden"`,
  wildcardMiddle: `union *
| where CommandLine matches regex "(?is)^cmd.*/c.*whoami$"`,
  wildcardOne: String.raw`union *
| where Image matches regex "(?is)^C:\\\\Temp\\\\x.\\.exe$"`,
  escapedStar: `union *
| where CommandLine contains "a*b"`,
  escapedQuestion: `union *
| where CommandLine endswith "what?"`,
  anyValue: `union *
| where isnotempty(CommandLine)`,
  doubleQuote: String.raw`union *
| where CommandLine contains "say \"hi\""`,
  singleQuote: `union *
| where CommandLine contains "it's"`,
  backslashes: String.raw`union *
| where CommandLine contains "\\server\\share"`,
  trailingBackslash: String.raw`union *
| where CurrentDirectory =~ "C:\\Temp\\"`,
  unicode: `union *
| where CommandLine contains "ｐｏｗｅｒ—Ärger"`,
  emoji: `union *
| where CommandLine contains "😀"`,
  percentUnderscore: `union *
| where CommandLine contains "100%_done"`,
  cased: `union *
| where CommandLine contains_cs "AbC"`,
  casedEquals: `union *
| where User == "SYSTEM"`,
  number: `union *
| where tostring(EventID) == "4688"`,
  numberList: `union *
| where tostring(EventID) == "4624" or tostring(EventID) == "4625"`,
  boolean: `union *
| where Enabled =~ "true"`,
  nullValue: `union *
| where isempty(ParentImage)`,
  existsTrue: `union *
| where isnotempty(Hashes)`,
  existsFalse: `union *
| where isempty(Hashes)`,
  compare: `union *
| where todouble(Count) >= 10 and todouble(Size) < 2.5`,
  cidr4: `union *
| where ipv4_is_in_range(DestinationIp, "10.0.0.0/8")`,
  cidr6: `union *
| where ipv6_is_in_range(DestinationIp, "fe80::/10")`,
  regex: String.raw`union *
| where CommandLine matches regex "\\s-e(nc)?\\s+[A-Za-z0-9+/=]{20,}"`,
  regexI: `union *
| where CommandLine matches regex "(?i)invoke-(expression|webrequest)"`,
  regexAnchored: String.raw`union *
| where Image matches regex "^C:\\\\Users\\\\[^\\\\]+\\\\x\\.exe$"`,
  // The matcher runs regexes in RE2, which has no lookaround: a rule it cannot run is not converted either.
  regexLookahead: 'error INVALID_RULE',
  windash: `union *
| where CommandLine contains " -s " or CommandLine contains " /s " or CommandLine contains " –s " or CommandLine contains " —s " or CommandLine contains " ―s "`,
  base64: `union *
| where CommandLine contains "SUVY"`,
  base64offset: `union *
| where CommandLine contains "aHR0c" or CommandLine contains "h0dH" or CommandLine contains "odHRw"`,
  wideBase64: `union *
| where CommandLine contains "YQBiA" or CommandLine contains "EAYg" or CommandLine contains "hAGIA"`,
  wideBytes: 'error ENCODED_BYTES',
  fieldref: `union *
| where TargetUserName =~ SubjectUserName`,
  fieldrefEndswith: `union *
| where Image endswith ParentImage`,
  keywords: `union *
| where * contains "mimikatz" or * contains "sekurlsa"`,
  notFilter: String.raw`union *
| where Image endswith "\\cmd.exe" and not(User =~ "SYSTEM")`,
  oneOfThem: String.raw`union *
| where Image endswith "\\a.exe" or CommandLine contains "x"`,
  allOfPattern: String.raw`union *
| where Image endswith "\\a.exe" and CommandLine contains "x"`,
  parentheses: `union *
| where tostring(A) == "1" and (tostring(B) == "2" or tostring(C) == "3")`,
  notOr: `union *
| where not(A =~ "x" or B =~ "y")`,
  listOfMaps: `union *
| where (A =~ "x" and B =~ "y") or C =~ "z"`,
  dottedField: `union *
| where ['userIdentity.arn'] contains ":root"`,
  oddField: `union *
| where ['cs-uri-query'] contains "/x"`,
  expandUnset: 'error PLACEHOLDER_UNSET',
  aggregation: 'error AGGREGATION',
};

describe('sentinel backend (Sentinel KQL)', () => {
  it('has an expected query for every case', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, detection) => {
    expect(queryOrErrors(convertDetection('sentinel', detection))).toBe(EXPECTED[name as keyof typeof CASES]);
  });
});
