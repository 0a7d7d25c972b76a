// Windows log sources: Sysmon categories, the Security/System/Application logs, PowerShell.

import type { FieldMap, LogSourcePipeline, TargetSource } from './types';
import {
  DEFENDER_EVENTS,
  DEFENDER_FILE,
  DEFENDER_IMAGE_LOAD,
  DEFENDER_NETWORK,
  DEFENDER_PROCESS,
  DEFENDER_REGISTRY,
  ECS_SYSMON,
  ECS_WINLOG,
  QRADAR_WINDOWS,
  SPLUNK_SYSMON,
  SPLUNK_WINEVENTLOG,
} from './windows-fields';

const QRADAR_TYPE = 'Microsoft Windows Security Event Log';
const QRADAR_DEVICE = { expr: 'LOGSOURCETYPENAME(devicetype)' };
const SYSMON_SOURCE = 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational';
const SYSMON_STREAM = 'logs-windows.sysmon_operational-*';

/** A Sysmon category: Sysmon Event IDs in Splunk, Elastic and QRadar; a Defender table in Sentinel. */
function sysmon(
  id: string,
  category: string,
  eventIds: number[],
  defender?: { table: string; actionTypes?: string[]; fields: FieldMap },
): LogSourcePipeline {
  const ids = eventIds.join(', ');
  return {
    id: `windows-${id}`,
    family: 'windows',
    logsource: { product: 'windows', category },
    targets: {
      splunk: {
        dataSource: `Sysmon Event ID ${ids} via the Splunk Add-on for Sysmon`,
        tables: [SYSMON_SOURCE],
        filters: [
          { field: 'source', values: [SYSMON_SOURCE] },
          { field: { name: 'EventCode', type: 'number' }, values: eventIds },
        ],
        fields: SPLUNK_SYSMON,
      },
      elastic: {
        dataSource: `Sysmon Event ID ${ids} via Elastic's Windows integration`,
        tables: [SYSMON_STREAM],
        filters: [{ field: 'event.code', values: eventIds.map(String) }],
        fields: ECS_SYSMON,
      },
      qradar: {
        dataSource: `Sysmon Event ID ${ids} via ${QRADAR_TYPE} (WinCollect)`,
        tables: [QRADAR_TYPE],
        filters: [
          { field: QRADAR_DEVICE, values: [QRADAR_TYPE] },
          { field: { name: 'Event ID', type: 'number' }, values: eventIds },
        ],
        fields: QRADAR_WINDOWS,
      },
      // Where Defender records no such event, Sysmon's own events in the Event table (EventData stays XML).
      sentinel: defender
        ? {
            dataSource: `Microsoft Defender for Endpoint ${defender.table} via the Microsoft Defender XDR connector`,
            tables: [defender.table],
            filters: defender.actionTypes ? [{ field: 'ActionType', values: defender.actionTypes }] : [],
            fields: defender.fields,
          }
        : {
            ...eventTable('Microsoft-Windows-Sysmon/Operational'),
            filters: [
              { field: 'EventLog', values: ['Microsoft-Windows-Sysmon/Operational'] },
              { field: { name: 'EventID', type: 'number' }, values: eventIds },
            ],
          },
    },
  };
}

/** A Windows event log channel: Splunk's Windows add-on, Elastic's System/Windows integrations, QRadar's Windows DSM. */
function eventLog(
  service: string,
  channel: string,
  elasticStream: string,
  sentinel: TargetSource,
  logsource: LogSourcePipeline['logsource'] = { product: 'windows', service },
): LogSourcePipeline {
  const source = `XmlWinEventLog:${channel}`;
  return {
    id: `windows-${service}`,
    family: 'windows',
    logsource,
    targets: {
      splunk: {
        dataSource: `Windows ${channel} log via the Splunk Add-on for Microsoft Windows`,
        tables: [source],
        filters: [{ field: 'source', values: [source] }],
        fields: SPLUNK_WINEVENTLOG,
      },
      elastic: {
        dataSource: `Windows ${channel} log via Elastic's ${elasticStream.startsWith('logs-system') ? 'System' : 'Windows'} integration`,
        tables: [elasticStream],
        filters: elasticStream === 'logs-windows.forwarded-*' ? [{ field: 'winlog.channel', values: [channel] }] : [],
        fields: ECS_WINLOG,
      },
      qradar: {
        dataSource: `Windows ${channel} log via ${QRADAR_TYPE}`,
        tables: [QRADAR_TYPE],
        filters: [{ field: QRADAR_DEVICE, values: [QRADAR_TYPE] }],
        fields: QRADAR_WINDOWS,
      },
      sentinel,
    },
  };
}

/** The Event table: other channels collected by the Azure Monitor Agent; EventData fields are read from its XML. */
function eventTable(channel: string, extra: FieldMap = {}): TargetSource {
  return {
    dataSource: `Windows ${channel} log in the Event table via the Azure Monitor Agent`,
    tables: ['Event'],
    filters: [{ field: 'EventLog', values: [channel] }],
    fields: {
      EventID: { name: 'EventID', type: 'number' },
      Provider_Name: 'Source',
      Computer: 'Computer',
      ...extra,
      '*': {
        expr: `extract(@'<Data Name="{field}">([^<]*)</Data>', 1, EventData)`,
        note: 'read from the EventData XML with extract(); characters XML escapes (& < >) stay escaped there',
      },
    },
  };
}

/** SecurityEvent columns named as the Security log's EventData fields. */
const SECURITY_EVENT_COLUMNS = [
  'Account',
  'AccessList',
  'AccessMask',
  'AccountType',
  'AuthenticationPackageName',
  'CallerProcessName',
  'CommandLine',
  'Computer',
  'FailureReason',
  'IpAddress',
  'IpPort',
  'LogonProcessName',
  'LogonType',
  'MemberName',
  'MemberSid',
  'NewProcessName',
  'NewProcessId',
  'ObjectName',
  'ObjectServer',
  'ObjectType',
  'ParentProcessName',
  'PrivilegeList',
  'ProcessId',
  'ProcessName',
  'Properties',
  'RelativeTargetName',
  'SamAccountName',
  'ServiceName',
  'ServiceFileName',
  'ServiceType',
  'ServiceStartType',
  'ServiceAccount',
  'ShareName',
  'Status',
  'SubStatus',
  'SubjectDomainName',
  'SubjectLogonId',
  'SubjectUserName',
  'SubjectUserSid',
  'TargetDomainName',
  'TargetLogonId',
  'TargetUserName',
  'TargetUserSid',
  'TaskName',
  'TaskContent',
  'TicketEncryptionType',
  'TicketOptions',
  'OperationType',
  'WorkstationName',
  'Workstation',
  'TargetServerName',
  'TargetInfo',
  'TransmittedServices',
  'OldUacValue',
  'NewUacValue',
  'UserAccountControl',
  'AttributeLDAPDisplayName',
  'AttributeValue',
  'ObjectClass',
  'Channel',
  'Process',
] as const;

const SECURITY_EVENT: TargetSource = {
  dataSource: 'Windows Security log in the SecurityEvent table (Windows Security Events via AMA)',
  tables: ['SecurityEvent'],
  filters: [],
  fields: {
    ...Object.fromEntries(SECURITY_EVENT_COLUMNS.map((c) => [c, c])),
    EventID: { name: 'EventID', type: 'number' },
    LogonType: { name: 'LogonType', type: 'number' },
    Provider_Name: 'EventSourceName',
  },
};

const POWERSHELL_OPERATIONAL = 'Microsoft-Windows-PowerShell/Operational';

function powershell(
  id: string,
  category: string,
  eventIds: number[],
  splunk: FieldMap,
  elastic: FieldMap,
  sentinel: FieldMap,
): LogSourcePipeline {
  const source = `XmlWinEventLog:${POWERSHELL_OPERATIONAL}`;
  const ids = eventIds.join(', ');
  return {
    id: `windows-${id}`,
    family: 'windows',
    logsource: { product: 'windows', category },
    targets: {
      splunk: {
        dataSource: `PowerShell Operational log, Event ID ${ids}, via the Splunk Add-on for Microsoft Windows`,
        tables: [source],
        filters: [
          { field: 'source', values: [source] },
          { field: { name: 'EventCode', type: 'number' }, values: eventIds },
        ],
        fields: { ...SPLUNK_WINEVENTLOG, ...splunk },
      },
      elastic: {
        dataSource: `PowerShell Operational log, Event ID ${ids}, via Elastic's Windows integration`,
        tables: ['logs-windows.powershell_operational-*'],
        filters: [{ field: 'event.code', values: eventIds.map(String) }],
        fields: { ...ECS_WINLOG, ...elastic },
      },
      qradar: {
        dataSource: `PowerShell Operational log, Event ID ${ids}, via ${QRADAR_TYPE}`,
        tables: [QRADAR_TYPE],
        filters: [
          { field: QRADAR_DEVICE, values: [QRADAR_TYPE] },
          { field: { name: 'Event ID', type: 'number' }, values: eventIds },
        ],
        fields: QRADAR_WINDOWS,
      },
      sentinel: {
        dataSource: `PowerShell Operational log, Event ID ${ids}, in the Event table via the Azure Monitor Agent`,
        tables: ['Event'],
        filters: [
          { field: 'EventLog', values: [POWERSHELL_OPERATIONAL] },
          { field: { name: 'EventID', type: 'number' }, values: eventIds },
        ],
        fields: { EventID: { name: 'EventID', type: 'number' }, ...sentinel },
      },
    },
  };
}

/** Sigma's Windows services and the event log channel each names; Elastic reads them from forwarded events. */
const FORWARDED_CHANNELS: ReadonlyArray<readonly [service: string, channel: string]> = [
  ['taskscheduler', 'Microsoft-Windows-TaskScheduler/Operational'],
  ['windefend', 'Microsoft-Windows-Windows Defender/Operational'],
  ['bits-client', 'Microsoft-Windows-Bits-Client/Operational'],
  ['codeintegrity-operational', 'Microsoft-Windows-CodeIntegrity/Operational'],
  ['firewall-as', 'Microsoft-Windows-Windows Firewall With Advanced Security/Firewall'],
  ['dns-client', 'Microsoft-Windows-DNS Client Events/Operational'],
  ['appxdeployment-server', 'Microsoft-Windows-AppXDeploymentServer/Operational'],
  ['ntlm', 'Microsoft-Windows-NTLM/Operational'],
  ['wmi', 'Microsoft-Windows-WMI-Activity/Operational'],
  ['dns-server', 'DNS Server'],
  ['msexchange-management', 'MSExchange Management'],
  ['iis-configuration', 'Microsoft-IIS-Configuration/Operational'],
  ['printservice-admin', 'Microsoft-Windows-PrintService/Admin'],
  ['printservice-operational', 'Microsoft-Windows-PrintService/Operational'],
  ['smbclient-connectivity', 'Microsoft-Windows-SmbClient/Connectivity'],
  ['smbclient-security', 'Microsoft-Windows-SmbClient/Security'],
  ['smbserver-connectivity', 'Microsoft-Windows-SMBServer/Connectivity'],
  ['dns-server-analytic', 'Microsoft-Windows-DNS-Server/Analytical'],
  ['lsa-server', 'Microsoft-Windows-LSA/Operational'],
  ['driver-framework', 'Microsoft-Windows-DriverFrameworks-UserMode/Operational'],
  ['openssh', 'OpenSSH/Operational'],
  ['shell-core', 'Microsoft-Windows-Shell-Core/Operational'],
  ['terminalservices-localsessionmanager', 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational'],
  ['capi2', 'Microsoft-Windows-CAPI2/Operational'],
  [
    'certificateservicesclient-lifecycle-system',
    'Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational',
  ],
  ['diagnosis-scripted', 'Microsoft-Windows-Diagnosis-Scripted/Operational'],
  ['appxpackaging-om', 'Microsoft-Windows-AppxPackaging/Operational'],
  ['appmodel-runtime', 'Microsoft-Windows-AppModel-Runtime/Admin'],
  ['ldap', 'Microsoft-Windows-LDAP-Client/Debug'],
  ['microsoft-servicebus-client', 'Microsoft-ServiceBus-Client'],
];

const RENDERED = 'the Event table keeps the rendered message, which holds this text after a header line';

export const WINDOWS_PIPELINES: readonly LogSourcePipeline[] = [
  sysmon('create-stream-hash', 'create_stream_hash', [15]),
  sysmon('wmi-event', 'wmi_event', [19, 20, 21]),
  sysmon('process-tampering', 'process_tampering', [25]),
  sysmon('raw-access-thread', 'raw_access_thread', [9]),
  sysmon('sysmon-error', 'sysmon_error', [255]),
  sysmon('sysmon-status', 'sysmon_status', [4, 16]),
  sysmon('clipboard-capture', 'clipboard_capture', [24]),
  sysmon('file-block-executable', 'file_block_executable', [27]),
  sysmon('file-block-shredding', 'file_block_shredding', [28]),
  sysmon('file-executable-detected', 'file_executable_detected', [29]),
  sysmon('process-creation', 'process_creation', [1], { table: 'DeviceProcessEvents', fields: DEFENDER_PROCESS }),
  sysmon('image-load', 'image_load', [7], { table: 'DeviceImageLoadEvents', fields: DEFENDER_IMAGE_LOAD }),
  sysmon('file-event', 'file_event', [11], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileCreated'],
    fields: DEFENDER_FILE,
  }),
  sysmon('file-delete', 'file_delete', [23, 26], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileDeleted'],
    fields: DEFENDER_FILE,
  }),
  sysmon('file-rename', 'file_rename', [11], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileRenamed'],
    fields: DEFENDER_FILE,
  }),
  sysmon('file-change', 'file_change', [2], {
    table: 'DeviceFileEvents',
    actionTypes: ['FileModified'],
    fields: DEFENDER_FILE,
  }),
  sysmon('registry-event', 'registry_event', [12, 13, 14], {
    table: 'DeviceRegistryEvents',
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('registry-add', 'registry_add', [12], {
    table: 'DeviceRegistryEvents',
    actionTypes: ['RegistryKeyCreated'],
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('registry-delete', 'registry_delete', [12], {
    table: 'DeviceRegistryEvents',
    actionTypes: ['RegistryKeyDeleted', 'RegistryValueDeleted'],
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('registry-set', 'registry_set', [13], {
    table: 'DeviceRegistryEvents',
    actionTypes: ['RegistryValueSet'],
    fields: DEFENDER_REGISTRY,
  }),
  sysmon('network-connection', 'network_connection', [3], { table: 'DeviceNetworkEvents', fields: DEFENDER_NETWORK }),
  sysmon('dns-query', 'dns_query', [22], {
    table: 'DeviceEvents',
    actionTypes: ['DnsQueryResponse'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('process-access', 'process_access', [10], {
    table: 'DeviceEvents',
    actionTypes: ['OpenProcessApiCall'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('create-remote-thread', 'create_remote_thread', [8], {
    table: 'DeviceEvents',
    actionTypes: ['CreateRemoteThreadApiCall'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('pipe-created', 'pipe_created', [17, 18], {
    table: 'DeviceEvents',
    actionTypes: ['NamedPipeEvent'],
    fields: DEFENDER_EVENTS,
  }),
  sysmon('driver-load', 'driver_load', [6], {
    table: 'DeviceEvents',
    actionTypes: ['DriverLoad'],
    fields: DEFENDER_EVENTS,
  }),
  powershell(
    'ps-script',
    'ps_script',
    [4104],
    {},
    {
      ScriptBlockText: 'powershell.file.script_block_text',
      ScriptBlockId: 'powershell.file.script_block_id',
      Path: 'file.path',
    },
    { ScriptBlockText: { name: 'RenderedDescription', note: RENDERED } },
  ),
  powershell(
    'ps-module',
    'ps_module',
    [4103],
    {},
    { Payload: 'powershell.file.script_block_text', ContextInfo: 'winlog.event_data.ContextInfo' },
    {
      Payload: { name: 'RenderedDescription', note: RENDERED },
      ContextInfo: { name: 'RenderedDescription', note: RENDERED },
    },
  ),
  eventLog('security', 'Security', 'logs-system.security-*', SECURITY_EVENT),
  eventLog('system', 'System', 'logs-system.system-*', eventTable('System')),
  eventLog('application', 'Application', 'logs-system.application-*', eventTable('Application')),
  eventLog(
    'powershell-classic',
    'Windows PowerShell',
    'logs-windows.powershell-*',
    eventTable('Windows PowerShell', { Data: { name: 'RenderedDescription', note: RENDERED } }),
  ),
  eventLog(
    'ps-classic-start',
    'Windows PowerShell',
    'logs-windows.powershell-*',
    eventTable('Windows PowerShell', { Data: { name: 'RenderedDescription', note: RENDERED } }),
    { product: 'windows', category: 'ps_classic_start' },
  ),
  eventLog(
    'sysmon',
    'Microsoft-Windows-Sysmon/Operational',
    'logs-windows.sysmon_operational-*',
    eventTable('Microsoft-Windows-Sysmon/Operational'),
  ),
  ...FORWARDED_CHANNELS.map(([service, channel]) =>
    eventLog(service, channel, 'logs-windows.forwarded-*', eventTable(channel)),
  ),
];
