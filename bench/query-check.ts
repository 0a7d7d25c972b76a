// checkQuery throughput: 4,000 generated queries per platform, shaped like converted Sigma rules (a table or index,
// a few field conditions joined by and/or, value lists, a projection). Target: under 20 s per platform.
// Run: npx tsx bench/query-check.ts [count]. KQL pays the Kusto service's one-time load first (reported apart).
import { checkQuery, QUERY_PLATFORMS, type QueryPlatform } from '../lib/query-check';

const count = Number(process.argv[2] ?? 4000);
const VALUES = ['whoami', 'vssadmin', 'delete shadows', 'mimikatz', 'rundll32', 'comsvcs.dll', 'MiniDump', 'certutil'];
const pick = (i: number, n: number) => Array.from({ length: n }, (_, k) => VALUES[(i + k) % VALUES.length] as string);

const KQL_SOURCES = [
  ['SecurityEvent | where EventID == 4688', 'CommandLine', 'TimeGenerated, Computer, Account, CommandLine'],
  ['DeviceProcessEvents', 'ProcessCommandLine', 'Timestamp, DeviceName, AccountName, ProcessCommandLine'],
  ['imProcessCreate', 'CommandLine', 'TimeGenerated, Dvc, User, CommandLine'],
  [
    'AWSCloudTrail | where EventSource == "iam.amazonaws.com"',
    'EventName',
    'TimeGenerated, UserIdentityArn, EventName',
  ],
] as const;

function query(platform: QueryPlatform, i: number): string {
  const values = pick(i, 2 + (i % 6));
  const quoted = values.map((v) => `"${v}${i}"`).join(', ');
  switch (platform) {
    case 'sentinel': {
      const [source, field, project] = KQL_SOURCES[i % KQL_SOURCES.length] as (typeof KQL_SOURCES)[number];
      return `${source}\n| where ${field} has_any (${quoted}) or ${field} endswith "${values[0]}.exe"\n| project ${project}`;
    }
    case 'elastic':
      return `FROM logs-endpoint.events.process-* METADATA _id, _index, _version\n| WHERE process.command_line LIKE "*${values[0]}*" AND (TO_LOWER(process.name) IN (${quoted}) OR user.name == "u${i}")\n| KEEP @timestamp, host.name, user.name, process.command_line\n| LIMIT 1000`;
    case 'qradar':
      return `SELECT DATEFORMAT(starttime, 'yyyy-MM-dd HH:mm:ss'), LOGSOURCENAME(logsourceid), "Process CommandLine" FROM events\nWHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Windows Security Event Log' AND (${values.map((v) => `"Process CommandLine" ILIKE '%${v}${i}%'`).join(' OR ')})\nLAST 24 HOURS`;
    case 'splunk':
      return `index=windows source="XmlWinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode=1 (${values.map((v) => `CommandLine="*${v}${i}*"`).join(' OR ')})\n| eval cmd=lower(CommandLine)\n| table _time host User cmd`;
  }
}

let failed = false;
for (const platform of QUERY_PLATFORMS) {
  const queries = Array.from({ length: count }, (_, i) => query(platform, i));
  const warm = performance.now();
  checkQuery(platform, queries[0] as string);
  const first = performance.now() - warm;
  const start = performance.now();
  let errors = 0;
  for (const q of queries) errors += checkQuery(platform, q).filter((f) => f.severity === 'error').length;
  const seconds = (performance.now() - start) / 1000;
  const over = seconds >= 20;
  failed ||= over || errors > 0;
  process.stdout.write(
    `${platform.padEnd(8)} ${count} queries in ${seconds.toFixed(2)} s (${((seconds * 1000) / count).toFixed(2)} ms each; first call ${first.toFixed(0)} ms), ${errors} errors${over ? '  OVER 20 s' : ''}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
