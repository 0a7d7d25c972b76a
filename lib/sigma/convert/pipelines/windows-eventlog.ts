// Windows event log channels: the Security, System and Application logs, PowerShell, and the other channels Sigma
// names as services.
import { QRADAR_DEVICE } from './cloud-common';
import type { FieldMap, LogSourcePipeline, TargetSource } from './types';
import { ECS_WINLOG, QRADAR_WINDOWS, SPLUNK_WINEVENTLOG } from './windows-fields';

const QRADAR_TYPE = 'Microsoft Windows Security Event Log';

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
export function eventTable(channel: string, extra: FieldMap = {}): TargetSource {
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

export const EVENTLOG_PIPELINES: readonly LogSourcePipeline[] = [
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
