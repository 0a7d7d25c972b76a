// Detections every backend test converts (inline YAML, our own), named for what they exercise. Each backend's test
// holds the exact query its language should get for each, written from that language's documentation.
export const CASES: Readonly<Record<string, string>> = {
  equals: String.raw`sel:
  Image: C:\Windows\System32\cmd.exe
condition: sel`,
  equalsEmpty: `sel:
  Description: ''
condition: sel`,
  contains: `sel:
  CommandLine|contains: ' -enc '
condition: sel`,
  startswith: `sel:
  CommandLine|startswith: 'net user'
condition: sel`,
  endswith: String.raw`sel:
  Image|endswith: '\rundll32.exe'
condition: sel`,
  listOr: String.raw`sel:
  Image|endswith:
    - '\a.exe'
    - '\b.exe'
condition: sel`,
  listEquals: `sel:
  User:
    - alice
    - Bob
condition: sel`,
  containsAll: `sel:
  CommandLine|contains|all:
    - '-nop'
    - '-w hidden'
condition: sel`,
  wildcardMiddle: `sel:
  CommandLine: 'cmd*/c*whoami'
condition: sel`,
  wildcardOne: String.raw`sel:
  Image: 'C:\Temp\x?.exe'
condition: sel`,
  escapedStar: String.raw`sel:
  CommandLine|contains: 'a\*b'
condition: sel`,
  escapedQuestion: String.raw`sel:
  CommandLine|endswith: 'what\?'
condition: sel`,
  anyValue: `sel:
  CommandLine: '*'
condition: sel`,
  doubleQuote: `sel:
  CommandLine|contains: 'say "hi"'
condition: sel`,
  singleQuote: `sel:
  CommandLine|contains: "it's"
condition: sel`,
  backslashes: String.raw`sel:
  CommandLine|contains: '\\server\share'
condition: sel`,
  trailingBackslash: String.raw`sel:
  CurrentDirectory: 'C:\Temp\'
condition: sel`,
  unicode: `sel:
  CommandLine|contains: 'ｐｏｗｅｒ—Ärger'
condition: sel`,
  emoji: `sel:
  CommandLine|contains: '😀'
condition: sel`,
  percentUnderscore: `sel:
  CommandLine|contains: '100%_done'
condition: sel`,
  cased: `sel:
  CommandLine|cased|contains: 'AbC'
condition: sel`,
  casedEquals: `sel:
  User|cased: 'SYSTEM'
condition: sel`,
  number: `sel:
  EventID: 4688
condition: sel`,
  numberList: `sel:
  EventID:
    - 4624
    - 4625
condition: sel`,
  boolean: `sel:
  Enabled: true
condition: sel`,
  nullValue: `sel:
  ParentImage: null
condition: sel`,
  existsTrue: `sel:
  Hashes|exists: true
condition: sel`,
  existsFalse: `sel:
  Hashes|exists: false
condition: sel`,
  compare: `sel:
  Count|gte: 10
  Size|lt: 2.5
condition: sel`,
  cidr4: `sel:
  DestinationIp|cidr: '10.0.0.0/8'
condition: sel`,
  cidr6: `sel:
  DestinationIp|cidr: 'fe80::/10'
condition: sel`,
  regex: String.raw`sel:
  CommandLine|re: '\s-e(nc)?\s+[A-Za-z0-9+/=]{20,}'
condition: sel`,
  regexI: `sel:
  CommandLine|re|i: 'invoke-(expression|webrequest)'
condition: sel`,
  regexAnchored: String.raw`sel:
  Image|re: '^C:\\Users\\[^\\]+\\x\.exe$'
condition: sel`,
  regexLookahead: `sel:
  CommandLine|re: 'a(?=b)'
condition: sel`,
  windash: `sel:
  CommandLine|windash|contains: ' -s '
condition: sel`,
  base64: `sel:
  CommandLine|base64|contains: 'IEX'
condition: sel`,
  base64offset: `sel:
  CommandLine|base64offset|contains: 'http'
condition: sel`,
  wideBase64: `sel:
  CommandLine|wide|base64offset|contains: 'ab'
condition: sel`,
  wideBytes: `sel:
  CommandLine|wide|contains: 'ab'
condition: sel`,
  fieldref: `sel:
  TargetUserName|fieldref: SubjectUserName
condition: sel`,
  fieldrefEndswith: `sel:
  Image|fieldref|endswith: ParentImage
condition: sel`,
  keywords: `keywords:
  - 'mimikatz'
  - 'sekurlsa'
condition: keywords`,
  notFilter: String.raw`sel:
  Image|endswith: '\cmd.exe'
filter:
  User: SYSTEM
condition: sel and not filter`,
  oneOfThem: String.raw`sel_a:
  Image|endswith: '\a.exe'
sel_b:
  CommandLine|contains: 'x'
condition: 1 of them`,
  allOfPattern: String.raw`sel_a:
  Image|endswith: '\a.exe'
sel_b:
  CommandLine|contains: 'x'
condition: all of sel_*`,
  parentheses: `a:
  A: 1
b:
  B: 2
c:
  C: 3
condition: a and (b or c)`,
  notOr: `a:
  A: x
b:
  B: y
condition: not (a or b)`,
  listOfMaps: `sel:
  - A: x
    B: y
  - C: z
condition: sel`,
  dottedField: `sel:
  userIdentity.arn|contains: ':root'
condition: sel`,
  oddField: `sel:
  cs-uri-query|contains: '/x'
condition: sel`,
  expandUnset: `sel:
  User|expand: '%admins%'
condition: sel`,
  aggregation: `sel:
  A: x
condition: sel | count() > 5`,
};
