// Linux log sources: process creation (Sysmon for Linux, Elastic Defend, Defender for Endpoint), auditd.

import { ELASTIC_AUDITD_KEYWORDS, ELASTIC_AUDITD_LOG } from './auditd-fields';
import { QRADAR_DEVICE } from './cloud-common';
import type { FieldMap, LogSourcePipeline } from './types';
import { DEFENDER_FILE, DEFENDER_NETWORK, DEFENDER_PROCESS } from './windows-fields';

const QRADAR_TYPE = 'Linux OS';

/** Elastic Defend on Linux: ECS process fields. */
const ECS_ENDPOINT: FieldMap = {
  Image: 'process.executable',
  CommandLine: 'process.command_line',
  ParentImage: 'process.parent.executable',
  ParentCommandLine: 'process.parent.command_line',
  CurrentDirectory: 'process.working_directory',
  ProcessId: { name: 'process.pid', type: 'number' },
  ParentProcessId: { name: 'process.parent.pid', type: 'number' },
  User: 'user.name',
  LogonId: 'process.user.id',
  TargetFilename: 'file.path',
  DestinationIp: 'destination.ip',
  DestinationPort: { name: 'destination.port', type: 'number' },
  DestinationHostname: 'destination.domain',
  SourceIp: 'source.ip',
  SourcePort: { name: 'source.port', type: 'number' },
};

/** Sysmon for Linux writes the Windows Sysmon field names; the Splunk add-on extracts them as they are. */
const SPLUNK_SYSMON_LINUX: FieldMap = Object.fromEntries(
  [
    'Image',
    'CommandLine',
    'ParentImage',
    'ParentCommandLine',
    'CurrentDirectory',
    'ProcessId',
    'ParentProcessId',
    'User',
    'LogonId',
    'TargetFilename',
    'DestinationIp',
    'DestinationPort',
    'DestinationHostname',
    'SourceIp',
    'SourcePort',
    'Initiated',
  ].map((f) => [f, f]),
);

function endpoint(
  id: string,
  category: string,
  sysmonId: number,
  stream: string,
  event: string,
  sentinel: { table: string; fields: FieldMap; actionTypes?: string[] },
): LogSourcePipeline {
  return {
    id: `linux-${id}`,
    family: 'linux',
    logsource: { product: 'linux', category },
    targets: {
      splunk: {
        dataSource: `Sysmon for Linux Event ID ${sysmonId} via the Splunk Add-on for Sysmon for Linux`,
        tables: ['sysmon:linux'],
        filters: [
          { field: 'sourcetype', values: ['sysmon:linux'] },
          { field: { name: 'EventID', type: 'number' }, values: [sysmonId] },
        ],
        fields: SPLUNK_SYSMON_LINUX,
      },
      elastic: {
        dataSource: `Elastic Defend ${event} events on Linux`,
        tables: [stream],
        filters: [{ field: 'host.os.type', values: ['linux'] }],
        fields: ECS_ENDPOINT,
      },
      qradar: {
        dataSource: 'Linux OS log source (syslog); process fields need custom properties',
        tables: [QRADAR_TYPE],
        filters: [{ field: QRADAR_DEVICE, values: [QRADAR_TYPE] }],
        fields: {
          User: { expr: 'username' },
          DestinationIp: { expr: 'destinationip' },
          SourceIp: { expr: 'sourceip' },
        },
      },
      sentinel: {
        dataSource: `Microsoft Defender for Endpoint on Linux, ${sentinel.table}`,
        tables: [sentinel.table],
        filters: sentinel.actionTypes ? [{ field: 'ActionType', values: sentinel.actionTypes }] : [],
        fields: sentinel.fields,
      },
    },
  };
}

/** Linux's own logs (syslog, auth, sshd, sudo): fields are rare in these rules, keywords search the message. */
function syslog(id: string, logsource: LogSourcePipeline['logsource'], program?: string): LogSourcePipeline {
  return {
    id: `linux-${id}`,
    family: 'linux',
    logsource,
    targets: {
      splunk: {
        dataSource: 'Linux syslog and auth logs via the Splunk Add-on for Unix and Linux',
        tables: ['syslog', 'linux_secure'],
        filters: [{ field: 'sourcetype', values: ['syslog', 'linux_secure'] }],
        fields: { '*': '{field}' },
      },
      elastic: {
        dataSource: "Linux syslog and auth logs via Elastic's System integration",
        tables: ['logs-system.syslog-*', 'logs-system.auth-*'],
        filters: program ? [{ field: 'process.name', values: [program] }] : [],
        fields: { pam_user: 'user.name', pam_rhost: 'source.address', USER: 'user.name' },
      },
      qradar: {
        dataSource: 'Linux OS log source (syslog)',
        tables: [QRADAR_TYPE],
        filters: [{ field: QRADAR_DEVICE, values: [QRADAR_TYPE] }],
        fields: { USER: { expr: 'username' }, pam_user: { expr: 'username' } },
      },
      sentinel: {
        dataSource: 'Linux syslog in the Syslog table (Azure Monitor Agent)',
        tables: ['Syslog'],
        filters: program ? [{ field: 'ProcessName', values: [program] }] : [],
        fields: {},
      },
    },
  };
}

/** macOS process and file events: Elastic Defend, Defender for Endpoint, Splunk's CIM Endpoint data model. */
function macos(
  id: string,
  category: string,
  stream: string,
  event: string,
  sentinel: { table: string; fields: FieldMap; actionTypes?: string[] },
  cim: FieldMap,
): LogSourcePipeline {
  return {
    id: `macos-${id}`,
    family: 'macos',
    logsource: { product: 'macos', category },
    targets: {
      splunk: {
        dataSource: `macOS ${event} events from any source mapped to the CIM Endpoint data model`,
        tables: [`tag=${event}`],
        filters: [{ field: 'tag', values: [event] }],
        fields: cim,
      },
      elastic: {
        dataSource: `Elastic Defend ${event} events on macOS`,
        tables: [stream],
        filters: [{ field: 'host.os.type', values: ['macos'] }],
        fields: ECS_ENDPOINT,
      },
      qradar: {
        dataSource: 'Apple Mac OS X log source; process fields need custom properties',
        tables: ['Apple Mac OS X'],
        filters: [{ field: QRADAR_DEVICE, values: ['Apple Mac OS X'] }],
        fields: { User: { expr: 'username' } },
      },
      sentinel: {
        dataSource: `Microsoft Defender for Endpoint on macOS, ${sentinel.table}`,
        tables: [sentinel.table],
        filters: sentinel.actionTypes ? [{ field: 'ActionType', values: sentinel.actionTypes }] : [],
        fields: sentinel.fields,
      },
    },
  };
}

const CIM_PROCESS: FieldMap = {
  Image: 'process_path',
  CommandLine: 'process',
  ParentImage: 'parent_process_path',
  ParentCommandLine: 'parent_process',
  ProcessId: { name: 'process_id', type: 'number' },
  ParentProcessId: { name: 'parent_process_id', type: 'number' },
  CurrentDirectory: 'process_current_directory',
  User: 'user',
};

const CIM_FILE: FieldMap = { TargetFilename: 'file_path', Image: 'process_path', User: 'user' };

export const LINUX_PIPELINES: readonly LogSourcePipeline[] = [
  syslog('syslog', { product: 'linux' }),
  syslog('syslog-service', { product: 'linux', service: 'syslog' }),
  syslog('auth', { product: 'linux', service: 'auth' }),
  syslog('sshd', { product: 'linux', service: 'sshd' }, 'sshd'),
  syslog('sudo', { product: 'linux', service: 'sudo' }, 'sudo'),
  macos(
    'process-creation',
    'process_creation',
    'logs-endpoint.events.process-*',
    'process',
    { table: 'DeviceProcessEvents', fields: DEFENDER_PROCESS },
    CIM_PROCESS,
  ),
  macos(
    'file-event',
    'file_event',
    'logs-endpoint.events.file-*',
    'file',
    { table: 'DeviceFileEvents', actionTypes: ['FileCreated'], fields: DEFENDER_FILE },
    CIM_FILE,
  ),
  endpoint('process-creation', 'process_creation', 1, 'logs-endpoint.events.process-*', 'process', {
    table: 'DeviceProcessEvents',
    fields: DEFENDER_PROCESS,
  }),
  endpoint('file-event', 'file_event', 11, 'logs-endpoint.events.file-*', 'file', {
    table: 'DeviceFileEvents',
    actionTypes: ['FileCreated'],
    fields: DEFENDER_FILE,
  }),
  endpoint('network-connection', 'network_connection', 3, 'logs-endpoint.events.network-*', 'network', {
    table: 'DeviceNetworkEvents',
    fields: DEFENDER_NETWORK,
  }),
  {
    id: 'linux-auditd',
    family: 'linux',
    logsource: { product: 'linux', service: 'auditd' },
    targets: {
      splunk: {
        // The Splunk Add-on for Unix and Linux indexes audit.log as auditd (its rlog.sh input, through ausearch -i)
        // or, read as a raw file, linux_audit; the Splunk Add-on for Linux names it linux:audit.
        dataSource: 'Linux audit log via the Splunk Add-on for Unix and Linux (or the Splunk Add-on for Linux)',
        tables: ['auditd', 'linux_audit', 'linux:audit'],
        filters: [{ field: 'sourcetype', values: ['auditd', 'linux_audit', 'linux:audit'] }],
        // The add-on extracts each key=value pair of an audit record under its key (type, a0, exe, key...).
        fields: { '*': '{field}' },
      },
      elastic: {
        // Sigma's auditd rules test single records (type=EXECVE with a0, a1...). The Auditd Logs integration keeps one
        // document per record; the newer Auditd Manager integration (logs-auditd_manager.auditd-*) merges an event's
        // records into one ECS document with no record type, so these rules have nothing to test there.
        dataSource:
          "Linux audit log (audit.log) via Elastic's Auditd Logs integration, data stream auditd.log, one document per record (not the Auditd Manager integration, which merges an event's records into one document)",
        tables: ['logs-auditd.log-*'],
        filters: [],
        fields: ELASTIC_AUDITD_LOG,
        // Sigma's auditd keyword rules search the raw line of EXECVE records, whose text apart from its header is the
        // arguments; the integration keeps no raw line (event.original only with the preserve_original_event tag, and
        // not indexed) and EXECVE records have no message, the backend's choice.
        keywords: {
          field: ELASTIC_AUDITD_KEYWORDS,
          note:
            'the integration keeps no text of the whole record, so keywords are looked for within the arguments of ' +
            'EXECVE records (and the words of a USER_CMD command), which ES|QL reads sorted and de-duplicated; in ' +
            'any other record, and in the type, argc or msg of these, they find nothing',
        },
      },
      qradar: {
        dataSource: 'Linux audit records via the Linux OS log source; audit fields need custom properties',
        tables: [QRADAR_TYPE],
        filters: [{ field: QRADAR_DEVICE, values: [QRADAR_TYPE] }],
        fields: {
          '*': {
            expr: 'UTF8(payload)',
            within: true,
            note: 'the Linux OS DSM parses no audit record fields; the value is looked for in the payload, where the record writes key=value',
          },
        },
      },
      sentinel: {
        dataSource: 'Linux audit records in the Syslog table (Azure Monitor Agent)',
        tables: ['Syslog'],
        filters: [],
        fields: {
          '*': {
            expr: String.raw`extract(@'(?:^|\s){field}="?([^"\s]*)', 1, SyslogMessage)`,
            note: 'read from the audit record in SyslogMessage with extract(); a quoted value is read up to its first space',
          },
        },
      },
    },
  },
];
