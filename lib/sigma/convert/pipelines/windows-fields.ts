// Field tables shared by the Windows log sources: each SIEM's names for the fields of Sysmon and the Windows event log.
import type { FieldMap } from './types';

/** Sysmon's own field names, which the Splunk Add-on for Sysmon extracts as they are. */
const SYSMON_FIELDS = [
  'UtcTime',
  'ProcessGuid',
  'ProcessId',
  'Image',
  'FileVersion',
  'Description',
  'Product',
  'Company',
  'OriginalFileName',
  'CommandLine',
  'CurrentDirectory',
  'User',
  'LogonGuid',
  'LogonId',
  'TerminalSessionId',
  'IntegrityLevel',
  'Hashes',
  'ParentProcessGuid',
  'ParentProcessId',
  'ParentImage',
  'ParentCommandLine',
  'ParentUser',
  'TargetFilename',
  'CreationUtcTime',
  'PreviousCreationUtcTime',
  'TargetObject',
  'Details',
  'EventType',
  'NewName',
  'ImageLoaded',
  'Signed',
  'Signature',
  'SignatureStatus',
  'Protocol',
  'Initiated',
  'SourceIsIpv6',
  'SourceIp',
  'SourceHostname',
  'SourcePort',
  'SourcePortName',
  'DestinationIsIpv6',
  'DestinationIp',
  'DestinationHostname',
  'DestinationPort',
  'DestinationPortName',
  'QueryName',
  'QueryStatus',
  'QueryResults',
  'SourceProcessGuid',
  'SourceProcessGUID',
  'SourceProcessId',
  'SourceThreadId',
  'SourceImage',
  'SourceUser',
  'TargetProcessGuid',
  'TargetProcessGUID',
  'TargetProcessId',
  'TargetImage',
  'TargetUser',
  'GrantedAccess',
  'CallTrace',
  'NewThreadId',
  'StartAddress',
  'StartModule',
  'StartFunction',
  'PipeName',
  'Contents',
  'Hash',
  'Device',
  'Archived',
  'IsExecutable',
  'Imphash',
  'RuleName',
] as const;

export const SPLUNK_SYSMON: FieldMap = {
  ...Object.fromEntries(SYSMON_FIELDS.map((f) => [f, f])),
  EventID: { name: 'EventCode', type: 'number' },
};

/** The Windows add-on extracts every EventData field of XmlWinEventLog under its own name. */
export const SPLUNK_WINEVENTLOG: FieldMap = {
  EventID: { name: 'EventCode', type: 'number' },
  Provider_Name: 'SourceName',
  Channel: 'Channel',
  Computer: 'ComputerName',
  '*': '{field}',
};

/** Elastic's Windows and System integrations: ECS where they map a field, winlog.event_data.* for the rest. */
export const ECS_WINLOG: FieldMap = {
  EventID: 'event.code',
  Channel: 'winlog.channel',
  Provider_Name: 'winlog.provider_name',
  Computer: 'winlog.computer_name',
  ComputerName: 'winlog.computer_name',
  '*': 'winlog.event_data.{field}',
};

const ECS_USER_NOTE = 'ECS user.name holds the account name without the domain that Sysmon writes before it';

export const ECS_PROCESS: FieldMap = {
  ...ECS_WINLOG,
  ProcessGuid: 'process.entity_id',
  ProcessId: { name: 'process.pid', type: 'number' },
  Image: 'process.executable',
  CommandLine: 'process.command_line',
  CurrentDirectory: 'process.working_directory',
  OriginalFileName: 'process.pe.original_file_name',
  Description: 'process.pe.description',
  Product: 'process.pe.product',
  Company: 'process.pe.company',
  FileVersion: 'process.pe.file_version',
  ParentProcessGuid: 'process.parent.entity_id',
  ParentProcessId: { name: 'process.parent.pid', type: 'number' },
  ParentImage: 'process.parent.executable',
  ParentCommandLine: 'process.parent.command_line',
  User: { name: 'user.name', note: ECS_USER_NOTE },
};

export const ECS_SYSMON: FieldMap = {
  ...ECS_PROCESS,
  TargetFilename: 'file.path',
  ImageLoaded: 'file.path',
  Signed: { name: 'file.code_signature.signed', type: 'boolean' },
  SignatureStatus: 'file.code_signature.status',
  Signature: 'file.code_signature.subject_name',
  Imphash: 'file.pe.imphash',
  SourceIp: 'source.ip',
  SourceHostname: 'source.domain',
  SourcePort: { name: 'source.port', type: 'number' },
  DestinationIp: 'destination.ip',
  DestinationHostname: 'destination.domain',
  DestinationPort: { name: 'destination.port', type: 'number' },
  DestinationPortName: 'network.protocol',
  Protocol: 'network.transport',
  Initiated: {
    name: 'network.direction',
    note: "ECS network.direction holds 'egress'/'ingress', not Sysmon's true/false",
  },
  SourceProcessGuid: 'process.entity_id',
  SourceProcessId: { name: 'process.pid', type: 'number' },
  SourceImage: 'process.executable',
  SourceThreadId: { name: 'process.thread.id', type: 'number' },
  TargetObject: 'registry.path',
  Details: 'registry.data.strings',
  PipeName: 'file.name',
  QueryName: 'dns.question.name',
  QueryStatus: 'sysmon.dns.status',
  IsExecutable: 'sysmon.file.is_executable',
  Archived: 'sysmon.file.archived',
  Device: 'file.path',
};

/** Defender for Endpoint's Device* tables in Sentinel: the initiating process is the one Sysmon calls Image. */
const DEFENDER_INITIATING: FieldMap = {
  Image: 'InitiatingProcessFolderPath',
  CommandLine: 'InitiatingProcessCommandLine',
  ProcessId: { name: 'InitiatingProcessId', type: 'number' },
  ParentImage: {
    name: 'InitiatingProcessParentFileName',
    note: 'Defender keeps only the file name of the parent of the initiating process, not its path',
  },
  User: { name: 'InitiatingProcessAccountName', note: 'Defender keeps the account name without its domain' },
  IntegrityLevel: 'InitiatingProcessIntegrityLevel',
  OriginalFileName: 'InitiatingProcessVersionInfoOriginalFileName',
  Company: 'InitiatingProcessVersionInfoCompanyName',
  Product: 'InitiatingProcessVersionInfoProductName',
  Description: 'InitiatingProcessVersionInfoFileDescription',
  Computer: 'DeviceName',
};

const DEFENDER_HASHES = {
  expr: 'strcat("MD5=", MD5, ",SHA1=", SHA1, ",SHA256=", SHA256)',
  note: 'Defender keeps MD5, SHA1 and SHA256 (no IMPHASH); the test runs on them joined as Sysmon writes Hashes',
};

export const DEFENDER_PROCESS: FieldMap = {
  Hashes: DEFENDER_HASHES,
  Image: 'FolderPath',
  CommandLine: 'ProcessCommandLine',
  ProcessId: { name: 'ProcessId', type: 'number' },
  OriginalFileName: 'ProcessVersionInfoOriginalFileName',
  Description: 'ProcessVersionInfoFileDescription',
  Product: 'ProcessVersionInfoProductName',
  Company: 'ProcessVersionInfoCompanyName',
  FileVersion: 'ProcessVersionInfoFileVersion',
  IntegrityLevel: 'ProcessIntegrityLevel',
  LogonId: 'LogonId',
  User: { name: 'AccountName', note: 'Defender keeps the account name without its domain' },
  ParentImage: 'InitiatingProcessFolderPath',
  ParentCommandLine: 'InitiatingProcessCommandLine',
  ParentProcessId: { name: 'InitiatingProcessId', type: 'number' },
  ParentUser: { name: 'InitiatingProcessAccountName', note: 'Defender keeps the account name without its domain' },
  Computer: 'DeviceName',
};

export const DEFENDER_FILE: FieldMap = {
  ...DEFENDER_INITIATING,
  TargetFilename: 'FolderPath',
  SourceFilename: 'PreviousFolderPath',
};

export const DEFENDER_IMAGE_LOAD: FieldMap = { ...DEFENDER_INITIATING, ImageLoaded: 'FolderPath' };

export const DEFENDER_REGISTRY: FieldMap = {
  ...DEFENDER_INITIATING,
  TargetObject: {
    name: 'RegistryKey',
    note: "Defender splits Sysmon's TargetObject into RegistryKey and RegistryValueName; the test runs on the key alone, with hive names as Defender writes them (HKEY_LOCAL_MACHINE, not HKLM)",
  },
  Details: 'RegistryValueData',
  EventType: {
    name: 'ActionType',
    note: "Defender's action types (RegistryValueSet...) differ from Sysmon's EventType values (SetValue...)",
  },
};

export const DEFENDER_NETWORK: FieldMap = {
  ...DEFENDER_INITIATING,
  DestinationIp: 'RemoteIP',
  DestinationPort: { name: 'RemotePort', type: 'number' },
  DestinationHostname: 'RemoteUrl',
  SourceIp: 'LocalIP',
  SourcePort: { name: 'LocalPort', type: 'number' },
  Protocol: 'Protocol',
  Initiated: {
    expr: 'iff(ActionType == "InboundConnectionAccepted", "false", "true")',
    note: 'Defender records direction as the action type: every connection but InboundConnectionAccepted counts as initiated',
  },
};

const ADDITIONAL = (key: string): { expr: string } => ({ expr: `tostring(parse_json(AdditionalFields).${key})` });

export const DEFENDER_EVENTS: FieldMap = {
  ...DEFENDER_INITIATING,
  SourceImage: 'InitiatingProcessFolderPath',
  TargetImage: 'FolderPath',
  ImageLoaded: 'FolderPath',
  QueryName: ADDITIONAL('DnsQueryString'),
  PipeName: ADDITIONAL('PipeName'),
  GrantedAccess: {
    ...ADDITIONAL('DesiredAccess'),
    note: 'Defender writes the access mask as a decimal number, Sysmon as hex (0x1410)',
  },
};

const QRADAR_PAYLOAD = {
  expr: 'UTF8(payload)',
  within: true,
  note: 'QRadar parses no property for it; the value is looked for anywhere in the event payload',
};

/** QRadar's Windows DSM (WinCollect or Windows event forwarding): built-in columns and the content pack's properties. */
export const QRADAR_WINDOWS: FieldMap = {
  Hashes: {
    expr: `CONCAT('MD5=', "MD5 Hash", ',SHA1=', "SHA1 Hash", ',SHA256=', "SHA256 Hash", ',IMPHASH=', "IMP Hash")`,
    note: 'QRadar keeps each hash in its own property; the test runs on them joined as Sysmon writes Hashes',
  },
  ScriptBlockText: QRADAR_PAYLOAD,
  Payload: QRADAR_PAYLOAD,
  ContextInfo: QRADAR_PAYLOAD,
  Data: QRADAR_PAYLOAD,
  OriginalFileName: {
    name: 'Filename',
    note: "QRadar's Filename property (where IBM's QRadar pipeline reads it); depending on the DSM it may hold the image's file name rather than the PE original file name",
  },
  Signed: 'Signed',
  Initiated: 'Initiated',
  ProcessId: { name: 'Process ID', type: 'number' },
  ParentProcessId: { name: 'Parent Process ID', type: 'number' },
  StartAddress: 'Start Address',
  ErrorCode: 'Error Code',
  HostApplication: 'Process Path',
  EventID: { name: 'Event ID', type: 'number' },
  Image: 'Process Path',
  CommandLine: 'Command',
  ParentImage: 'Parent Process Path',
  ParentCommandLine: 'Parent Command',
  ProcessName: 'Process Name',
  NewProcessName: 'Process Path',
  SourceImage: 'Source Process Path',
  TargetImage: 'Target Process Path',
  GrantedAccess: 'Granted Access',
  CallTrace: 'Call Trace',
  TargetFilename: 'Filename',
  ObjectName: 'Object Name',
  ObjectType: 'Object Type',
  TargetObject: 'Object Name',
  PipeName: 'Pipe Name',
  ServiceName: 'Service Name',
  ServiceFileName: 'Service Filename',
  ImagePath: 'Service Filename',
  TargetUserName: 'Target Username',
  SubjectUserName: { expr: 'username' },
  User: { expr: 'username' },
  LogonType: { name: 'Logon Type', type: 'number' },
  ShareName: 'Share Name',
  AccessMask: 'Access Mask',
  TaskName: 'Task Name',
  IntegrityLevel: 'Integrity Level',
  Imphash: 'IMP Hash',
  DestinationHostname: 'Destination Hostname',
  DestinationIp: { expr: 'destinationip' },
  DestinationPort: { expr: 'destinationport', type: 'number' },
  SourceIp: { expr: 'sourceip' },
  IpAddress: { expr: 'sourceip' },
  SourcePort: { expr: 'sourceport', type: 'number' },
  Status: 'Status',
  TicketEncryptionType: 'Ticket Encryption Type',
  SamAccountName: 'SAM Account Name',
};
