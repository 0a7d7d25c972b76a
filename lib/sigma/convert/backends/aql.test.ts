// QRadar AQL: the exact query for each detection of cases.ts, written from IBM's AQL guide (ANSI quotes doubled, ILIKE/IMATCHES for case-insensitive tests, LIKE without an escape for % and _).
import { describe, expect, it } from 'vitest';
import { convertDetection, queryOrErrors } from '../test-support';
import { CASES } from './cases';

const EXPECTED: Readonly<Record<keyof typeof CASES, string>> = {
  equals: String.raw`SELECT * FROM events WHERE LOWER("Image") = 'c:\windows\system32\cmd.exe'`,
  equalsEmpty: 'SELECT * FROM events WHERE LOWER("Description") = \'\'',
  contains: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'% -enc %\'',
  startswith: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'net user%\'',
  endswith: String.raw`SELECT * FROM events WHERE "Image" ILIKE '%\rundll32.exe'`,
  listOr: String.raw`SELECT * FROM events WHERE "Image" ILIKE '%\a.exe' OR "Image" ILIKE '%\b.exe'`,
  listEquals: "SELECT * FROM events WHERE LOWER(\"User\") IN ('alice', 'bob')",
  containsAll: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%-nop%\' AND "CommandLine" ILIKE \'%-w hidden%\'',
  wildcardMiddle: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'cmd%/c%whoami\'',
  wildcardOne: String.raw`SELECT * FROM events WHERE "Image" ILIKE 'C:\Temp\x_.exe'`,
  escapedStar: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%a*b%\'',
  escapedQuestion: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%what?\'',
  anyValue: 'SELECT * FROM events WHERE "CommandLine" IS NOT NULL',
  doubleQuote: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%say "hi"%\'',
  singleQuote: "SELECT * FROM events WHERE \"CommandLine\" ILIKE '%it''s%'",
  backslashes: String.raw`SELECT * FROM events WHERE "CommandLine" ILIKE '%\server\share%'`,
  trailingBackslash: String.raw`SELECT * FROM events WHERE LOWER("CurrentDirectory") = 'c:\temp\'`,
  unicode: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%ｐｏｗｅｒ—Ärger%\'',
  emoji: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%😀%\'',
  percentUnderscore: 'SELECT * FROM events WHERE "CommandLine" MATCHES \'(?is)100%_done\'',
  cased: 'SELECT * FROM events WHERE "CommandLine" LIKE \'%AbC%\'',
  casedEquals: 'SELECT * FROM events WHERE "User" = \'SYSTEM\'',
  number: 'SELECT * FROM events WHERE "EventID" = 4688',
  numberList: 'SELECT * FROM events WHERE "EventID" = 4624 OR "EventID" = 4625',
  boolean: 'SELECT * FROM events WHERE LOWER("Enabled") = \'true\'',
  nullValue: 'SELECT * FROM events WHERE "ParentImage" IS NULL',
  existsTrue: 'SELECT * FROM events WHERE "Hashes" IS NOT NULL',
  existsFalse: 'SELECT * FROM events WHERE "Hashes" IS NULL',
  compare: 'SELECT * FROM events WHERE "Count" >= 10 AND "Size" < 2.5',
  cidr4: 'SELECT * FROM events WHERE INCIDR(\'10.0.0.0/8\', "DestinationIp")',
  cidr6: 'SELECT * FROM events WHERE INCIDR(\'fe80::/10\', "DestinationIp")',
  regex: String.raw`SELECT * FROM events WHERE "CommandLine" MATCHES '\s-e(nc)?\s+[A-Za-z0-9+/=]{20,}'`,
  regexI: 'SELECT * FROM events WHERE "CommandLine" IMATCHES \'invoke-(expression|webrequest)\'',
  regexAnchored: String.raw`SELECT * FROM events WHERE "Image" MATCHES '^C:\\Users\\[^\\]+\\x\.exe$'`,
  // The matcher runs regexes in RE2, which has no lookaround: a rule it cannot run is not converted either.
  regexLookahead: 'error INVALID_RULE',
  windash:
    'SELECT * FROM events WHERE "CommandLine" ILIKE \'% -s %\' OR "CommandLine" ILIKE \'% /s %\' OR "CommandLine" ILIKE \'% –s %\' OR "CommandLine" ILIKE \'% —s %\' OR "CommandLine" ILIKE \'% ―s %\'',
  base64: 'SELECT * FROM events WHERE "CommandLine" ILIKE \'%SUVY%\'',
  base64offset:
    'SELECT * FROM events WHERE "CommandLine" ILIKE \'%aHR0c%\' OR "CommandLine" ILIKE \'%h0dH%\' OR "CommandLine" ILIKE \'%odHRw%\'',
  wideBase64:
    'SELECT * FROM events WHERE "CommandLine" ILIKE \'%YQBiA%\' OR "CommandLine" ILIKE \'%EAYg%\' OR "CommandLine" ILIKE \'%hAGIA%\'',
  wideBytes: 'error ENCODED_BYTES',
  fieldref: 'SELECT * FROM events WHERE LOWER("TargetUserName") = LOWER("SubjectUserName")',
  fieldrefEndswith: 'error FIELDREF_POSITION',
  keywords: "SELECT * FROM events WHERE UTF8(payload) ILIKE '%mimikatz%' OR UTF8(payload) ILIKE '%sekurlsa%'",
  notFilter: String.raw`SELECT * FROM events WHERE "Image" ILIKE '%\cmd.exe' AND NOT LOWER("User") = 'system'`,
  oneOfThem: String.raw`SELECT * FROM events WHERE "Image" ILIKE '%\a.exe' OR "CommandLine" ILIKE '%x%'`,
  allOfPattern: String.raw`SELECT * FROM events WHERE "Image" ILIKE '%\a.exe' AND "CommandLine" ILIKE '%x%'`,
  parentheses: 'SELECT * FROM events WHERE "A" = 1 AND ("B" = 2 OR "C" = 3)',
  notOr: 'SELECT * FROM events WHERE NOT (LOWER("A") = \'x\' OR LOWER("B") = \'y\')',
  listOfMaps: 'SELECT * FROM events WHERE (LOWER("A") = \'x\' AND LOWER("B") = \'y\') OR LOWER("C") = \'z\'',
  dottedField: 'SELECT * FROM events WHERE "userIdentity.arn" ILIKE \'%:root%\'',
  oddField: 'SELECT * FROM events WHERE "cs-uri-query" ILIKE \'%/x%\'',
  expandUnset: 'error PLACEHOLDER_UNSET',
  aggregation: 'error AGGREGATION',
};

describe('qradar backend (QRadar AQL)', () => {
  it('has an expected query for every case', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, detection) => {
    expect(queryOrErrors(convertDetection('qradar', detection))).toBe(EXPECTED[name as keyof typeof CASES]);
  });
});
