// Elastic ES|QL: the exact query for each detection of cases.ts, written from the ES|QL reference (== and LIKE are case-sensitive; LIKE wildcards * and ? escaped by backslash; RLIKE is a Lucene regular expression over the whole value).
import { describe, expect, it } from 'vitest';
import { convertDetection, queryOrErrors } from '../test-support';
import { CASES } from './cases';

const EXPECTED: Readonly<Record<keyof typeof CASES, string>> = {
  equals: String.raw`FROM logs-*
| WHERE TO_LOWER(Image) == """c:\windows\system32\cmd.exe"""`,
  equalsEmpty: `FROM logs-*
| WHERE TO_LOWER(Description) == ""`,
  contains: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "* -enc *"`,
  startswith: `FROM logs-*
| WHERE STARTS_WITH(TO_LOWER(CommandLine), "net user")`,
  endswith: String.raw`FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(Image), """\rundll32.exe""")`,
  listOr: String.raw`FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(Image), """\a.exe""") OR ENDS_WITH(TO_LOWER(Image), """\b.exe""")`,
  listEquals: `FROM logs-*
| WHERE TO_LOWER(User) IN ("alice", "bob")`,
  containsAll: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*-nop*" AND TO_LOWER(CommandLine) LIKE "*-w hidden*"`,
  wildcardMiddle: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "cmd*/c*whoami"`,
  wildcardOne: String.raw`FROM logs-*
| WHERE TO_LOWER(Image) LIKE """c:\\temp\\x?.exe"""`,
  escapedStar: String.raw`FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE """*a\*b*"""`,
  escapedQuestion: `FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(CommandLine), "what?")`,
  anyValue: `FROM logs-*
| WHERE CommandLine IS NOT NULL`,
  doubleQuote: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE """*say "hi"*"""`,
  singleQuote: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*it's*"`,
  backslashes: String.raw`FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE """*\\server\\share*"""`,
  trailingBackslash: String.raw`FROM logs-*
| WHERE TO_LOWER(CurrentDirectory) == """c:\temp\"""`,
  unicode: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*ｐｏｗｅｒ—ärger*"`,
  emoji: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*😀*"`,
  percentUnderscore: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*100%_done*"`,
  cased: `FROM logs-*
| WHERE CommandLine LIKE "*AbC*"`,
  casedEquals: `FROM logs-*
| WHERE User == "SYSTEM"`,
  number: `FROM logs-*
| WHERE EventID == "4688"`,
  numberList: `FROM logs-*
| WHERE EventID == "4624" OR EventID == "4625"`,
  boolean: `FROM logs-*
| WHERE TO_LOWER(Enabled) == "true"`,
  nullValue: `FROM logs-*
| WHERE ParentImage IS NULL`,
  existsTrue: `FROM logs-*
| WHERE Hashes IS NOT NULL`,
  existsFalse: `FROM logs-*
| WHERE Hashes IS NULL`,
  compare: `FROM logs-*
| WHERE TO_DOUBLE(Count) >= 10 AND TO_DOUBLE(Size) < 2.5`,
  cidr4: `FROM logs-*
| WHERE CIDR_MATCH(TO_IP(DestinationIp), "10.0.0.0/8")`,
  cidr6: `FROM logs-*
| WHERE CIDR_MATCH(TO_IP(DestinationIp), "fe80::/10")`,
  regex: String.raw`FROM logs-*
| WHERE CommandLine RLIKE ".*[ \t\n\r]-e(nc)?[ \t\n\r]+[A-Za-z0-9\\+\\/\\=]{20,}.*"`,
  regexI: String.raw`FROM logs-*
| WHERE CommandLine RLIKE """.*([iI][nN][vV][oO][kK][eE]\-([eE][xX][pP][rR][eE][sS][sS][iI][oO][nN]|[wW][eE][bB][rR][eE][qQ][uU][eE][sS][tT])).*"""`,
  regexAnchored: String.raw`FROM logs-*
| WHERE Image RLIKE """C:\\Users\\[^\\]+\\x\.exe"""`,
  // The matcher runs regexes in RE2, which has no lookaround: a rule it cannot run is not converted either.
  regexLookahead: 'error INVALID_RULE',
  windash: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "* -s *" OR TO_LOWER(CommandLine) LIKE "* /s *" OR TO_LOWER(CommandLine) LIKE "* –s *" OR TO_LOWER(CommandLine) LIKE "* —s *" OR TO_LOWER(CommandLine) LIKE "* ―s *"`,
  base64: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*suvy*"`,
  base64offset: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*ahr0c*" OR TO_LOWER(CommandLine) LIKE "*h0dh*" OR TO_LOWER(CommandLine) LIKE "*odhrw*"`,
  wideBase64: `FROM logs-*
| WHERE TO_LOWER(CommandLine) LIKE "*yqbia*" OR TO_LOWER(CommandLine) LIKE "*eayg*" OR TO_LOWER(CommandLine) LIKE "*hagia*"`,
  wideBytes: 'error ENCODED_BYTES',
  fieldref: `FROM logs-*
| WHERE TO_LOWER(TargetUserName) == TO_LOWER(SubjectUserName)`,
  fieldrefEndswith: `FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(Image), TO_LOWER(ParentImage))`,
  keywords: `FROM logs-*
| WHERE TO_LOWER(message) LIKE "*mimikatz*" OR TO_LOWER(message) LIKE "*sekurlsa*"`,
  notFilter: String.raw`FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(Image), """\cmd.exe""") AND NOT TO_LOWER(User) == "system"`,
  oneOfThem: String.raw`FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(Image), """\a.exe""") OR TO_LOWER(CommandLine) LIKE "*x*"`,
  allOfPattern: String.raw`FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(Image), """\a.exe""") AND TO_LOWER(CommandLine) LIKE "*x*"`,
  parentheses: `FROM logs-*
| WHERE A == "1" AND (B == "2" OR C == "3")`,
  notOr: `FROM logs-*
| WHERE NOT (TO_LOWER(A) == "x" OR TO_LOWER(B) == "y")`,
  listOfMaps: `FROM logs-*
| WHERE (TO_LOWER(A) == "x" AND TO_LOWER(B) == "y") OR TO_LOWER(C) == "z"`,
  dottedField: `FROM logs-*
| WHERE TO_LOWER(userIdentity.arn) LIKE "*:root*"`,
  oddField: 'FROM logs-*\n| WHERE TO_LOWER(`cs-uri-query`) LIKE "*/x*"',
  expandUnset: 'error PLACEHOLDER_UNSET',
  aggregation: 'error AGGREGATION',
};

describe('elastic backend (Elastic ES|QL)', () => {
  it('has an expected query for every case', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, detection) => {
    expect(queryOrErrors(convertDetection('elastic', detection))).toBe(EXPECTED[name as keyof typeof CASES]);
  });
});
