// Microsoft Defender XDR tables as Sentinel stores them, columns as Microsoft documents them.
// Sources (read 2026-12): Azure Monitor Logs table reference (MicrosoftDocs/azure-reference-other,
// azure-monitor-ref/tables/includes/<table>-include.md, Nov 2024) for the columns Sentinel adds (TimeGenerated,
// MachineGroup, ...); Defender XDR advanced hunting schema (MicrosoftDocs/defender-docs,
// defender-xdr/advanced-hunting-<table>-table.md, https://learn.microsoft.com/defender-xdr/advanced-hunting-schema-tables)
// for Timestamp and the remote-session columns (DeviceEvents, DeviceNetworkEvents, DeviceFileEvents) that the
// Azure Monitor pages do not list; plus the standard Log Analytics columns.

import type { KqlTableSchema } from './types';

export const defenderTables: KqlTableSchema[] = [
  {
    name: 'DeviceProcessEvents',
    source: 'Azure Monitor Logs reference, deviceprocessevents; Defender XDR advanced hunting DeviceProcessEvents',
    columns: `
      AccountDomain:string AccountName:string AccountObjectId:string AccountSid:string AccountUpn:string
      ActionType:string AdditionalFields:dynamic AppGuardContainerId:string _BilledSize:real DeviceId:string
      DeviceName:string FileName:string FileSize:long FolderPath:string InitiatingProcessAccountDomain:string
      InitiatingProcessAccountName:string InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string
      InitiatingProcessAccountUpn:string InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime
      InitiatingProcessFileName:string InitiatingProcessFileSize:long InitiatingProcessFolderPath:string
      InitiatingProcessId:long InitiatingProcessIntegrityLevel:string InitiatingProcessLogonId:long
      InitiatingProcessMD5:string InitiatingProcessParentCreationTime:datetime
      InitiatingProcessParentFileName:string InitiatingProcessParentId:long InitiatingProcessSHA1:string
      InitiatingProcessSHA256:string InitiatingProcessSignatureStatus:string InitiatingProcessSignerType:string
      InitiatingProcessTokenElevation:string InitiatingProcessVersionInfoCompanyName:string
      InitiatingProcessVersionInfoFileDescription:string InitiatingProcessVersionInfoInternalFileName:string
      InitiatingProcessVersionInfoOriginalFileName:string InitiatingProcessVersionInfoProductName:string
      InitiatingProcessVersionInfoProductVersion:string _IsBillable:string LogonId:long MachineGroup:string
      MD5:string ProcessCommandLine:string ProcessCreationTime:datetime ProcessId:long ProcessIntegrityLevel:string
      ProcessTokenElevation:string ProcessVersionInfoCompanyName:string ProcessVersionInfoFileDescription:string
      ProcessVersionInfoInternalFileName:string ProcessVersionInfoOriginalFileName:string
      ProcessVersionInfoProductName:string ProcessVersionInfoProductVersion:string ReportId:long SHA1:string
      SHA256:string SourceSystem:string TenantId:string TimeGenerated:datetime Type:string Timestamp:datetime
      _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'DeviceRegistryEvents',
    source: 'Azure Monitor Logs reference, deviceregistryevents; Defender XDR advanced hunting DeviceRegistryEvents',
    columns: `
      ActionType:string AppGuardContainerId:string _BilledSize:real DeviceId:string DeviceName:string
      InitiatingProcessAccountDomain:string InitiatingProcessAccountName:string
      InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string InitiatingProcessAccountUpn:string
      InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime InitiatingProcessFileName:string
      InitiatingProcessFileSize:long InitiatingProcessFolderPath:string InitiatingProcessId:long
      InitiatingProcessIntegrityLevel:string InitiatingProcessMD5:string
      InitiatingProcessParentCreationTime:datetime InitiatingProcessParentFileName:string
      InitiatingProcessParentId:long InitiatingProcessSHA1:string InitiatingProcessSHA256:string
      InitiatingProcessTokenElevation:string InitiatingProcessVersionInfoCompanyName:string
      InitiatingProcessVersionInfoFileDescription:string InitiatingProcessVersionInfoInternalFileName:string
      InitiatingProcessVersionInfoOriginalFileName:string InitiatingProcessVersionInfoProductName:string
      InitiatingProcessVersionInfoProductVersion:string _IsBillable:string MachineGroup:string
      PreviousRegistryKey:string PreviousRegistryValueData:string PreviousRegistryValueName:string
      RegistryKey:string RegistryValueData:string RegistryValueName:string RegistryValueType:string ReportId:long
      SourceSystem:string TenantId:string TimeGenerated:datetime Type:string Timestamp:datetime _ResourceId:string
      _SubscriptionId:string
    `,
  },
  {
    name: 'DeviceFileEvents',
    source: 'Azure Monitor Logs reference, devicefileevents; Defender XDR advanced hunting DeviceFileEvents',
    columns: `
      ActionType:string AdditionalFields:dynamic AppGuardContainerId:string _BilledSize:real DeviceId:string
      DeviceName:string FileName:string FileOriginIP:string FileOriginReferrerUrl:string FileOriginUrl:string
      FileSize:long FolderPath:string InitiatingProcessAccountDomain:string InitiatingProcessAccountName:string
      InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string InitiatingProcessAccountUpn:string
      InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime InitiatingProcessFileName:string
      InitiatingProcessFileSize:long InitiatingProcessFolderPath:string InitiatingProcessId:long
      InitiatingProcessIntegrityLevel:string InitiatingProcessMD5:string
      InitiatingProcessParentCreationTime:datetime InitiatingProcessParentFileName:string
      InitiatingProcessParentId:long InitiatingProcessSHA1:string InitiatingProcessSHA256:string
      InitiatingProcessTokenElevation:string InitiatingProcessVersionInfoCompanyName:string
      InitiatingProcessVersionInfoFileDescription:string InitiatingProcessVersionInfoInternalFileName:string
      InitiatingProcessVersionInfoOriginalFileName:string InitiatingProcessVersionInfoProductName:string
      InitiatingProcessVersionInfoProductVersion:string IsAzureInfoProtectionApplied:bool _IsBillable:string
      MachineGroup:string MD5:string PreviousFileName:string PreviousFolderPath:string ReportId:long
      RequestAccountDomain:string RequestAccountName:string RequestAccountSid:string RequestProtocol:string
      RequestSourceIP:string RequestSourcePort:int SensitivityLabel:string SensitivitySubLabel:string SHA1:string
      SHA256:string ShareName:string SourceSystem:string TenantId:string TimeGenerated:datetime Type:string
      Timestamp:datetime InitiatingProcessSessionId:long IsInitiatingProcessRemoteSession:bool
      InitiatingProcessRemoteSessionDeviceName:string InitiatingProcessRemoteSessionIP:string _ResourceId:string
      _SubscriptionId:string
    `,
  },
  {
    name: 'DeviceNetworkEvents',
    source: 'Azure Monitor Logs reference, devicenetworkevents; Defender XDR advanced hunting DeviceNetworkEvents',
    columns: `
      ActionType:string AdditionalFields:dynamic AppGuardContainerId:string _BilledSize:real DeviceId:string
      DeviceName:string InitiatingProcessAccountDomain:string InitiatingProcessAccountName:string
      InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string InitiatingProcessAccountUpn:string
      InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime InitiatingProcessFileName:string
      InitiatingProcessFileSize:long InitiatingProcessFolderPath:string InitiatingProcessId:long
      InitiatingProcessIntegrityLevel:string InitiatingProcessMD5:string
      InitiatingProcessParentCreationTime:datetime InitiatingProcessParentFileName:string
      InitiatingProcessParentId:long InitiatingProcessSHA1:string InitiatingProcessSHA256:string
      InitiatingProcessTokenElevation:string InitiatingProcessVersionInfoCompanyName:string
      InitiatingProcessVersionInfoFileDescription:string InitiatingProcessVersionInfoInternalFileName:string
      InitiatingProcessVersionInfoOriginalFileName:string InitiatingProcessVersionInfoProductName:string
      InitiatingProcessVersionInfoProductVersion:string _IsBillable:string LocalIP:string LocalIPType:string
      LocalPort:int MachineGroup:string Protocol:string RemoteIP:string RemoteIPType:string RemotePort:int
      RemoteUrl:string ReportId:long SourceSystem:string TenantId:string TimeGenerated:datetime Type:string
      Timestamp:datetime InitiatingProcessSessionId:long IsInitiatingProcessRemoteSession:bool
      InitiatingProcessRemoteSessionDeviceName:string InitiatingProcessRemoteSessionIP:string _ResourceId:string
      _SubscriptionId:string
    `,
  },
  {
    name: 'DeviceEvents',
    source: 'Azure Monitor Logs reference, deviceevents; Defender XDR advanced hunting DeviceEvents',
    columns: `
      AccountDomain:string AccountName:string AccountSid:string ActionType:string AdditionalFields:dynamic
      AppGuardContainerId:string _BilledSize:real DeviceId:string DeviceName:string FileName:string
      FileOriginIP:string FileOriginUrl:string FileSize:long FolderPath:string InitiatingProcessAccountDomain:string
      InitiatingProcessAccountName:string InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string
      InitiatingProcessAccountUpn:string InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime
      InitiatingProcessFileName:string InitiatingProcessFileSize:long InitiatingProcessFolderPath:string
      InitiatingProcessId:long InitiatingProcessLogonId:long InitiatingProcessMD5:string
      InitiatingProcessParentCreationTime:datetime InitiatingProcessParentFileName:string
      InitiatingProcessParentId:long InitiatingProcessSHA1:string InitiatingProcessSHA256:string
      InitiatingProcessVersionInfoCompanyName:string InitiatingProcessVersionInfoFileDescription:string
      InitiatingProcessVersionInfoInternalFileName:string InitiatingProcessVersionInfoOriginalFileName:string
      InitiatingProcessVersionInfoProductName:string InitiatingProcessVersionInfoProductVersion:string
      _IsBillable:string LocalIP:string LocalPort:int LogonId:long MachineGroup:string MD5:string
      ProcessCommandLine:string ProcessCreationTime:datetime ProcessId:long ProcessTokenElevation:string
      RegistryKey:string RegistryValueData:string RegistryValueName:string RemoteDeviceName:string RemoteIP:string
      RemotePort:int RemoteUrl:string ReportId:long SHA1:string SHA256:string SourceSystem:string TenantId:string
      TimeGenerated:datetime Type:string Timestamp:datetime InitiatingProcessSessionId:long
      IsInitiatingProcessRemoteSession:bool InitiatingProcessRemoteSessionDeviceName:string
      InitiatingProcessRemoteSessionIP:string CreatedProcessSessionId:long IsProcessRemoteSession:bool
      ProcessRemoteSessionDeviceName:string ProcessRemoteSessionIP:string _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'DeviceLogonEvents',
    source: 'Azure Monitor Logs reference, devicelogonevents; Defender XDR advanced hunting DeviceLogonEvents',
    columns: `
      AccountDomain:string AccountName:string AccountSid:string ActionType:string AdditionalFields:dynamic
      AppGuardContainerId:string _BilledSize:real DeviceId:string DeviceName:string FailureReason:string
      InitiatingProcessAccountDomain:string InitiatingProcessAccountName:string
      InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string InitiatingProcessAccountUpn:string
      InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime InitiatingProcessFileName:string
      InitiatingProcessFileSize:long InitiatingProcessFolderPath:string InitiatingProcessId:long
      InitiatingProcessIntegrityLevel:string InitiatingProcessMD5:string
      InitiatingProcessParentCreationTime:datetime InitiatingProcessParentFileName:string
      InitiatingProcessParentId:long InitiatingProcessSHA1:string InitiatingProcessSHA256:string
      InitiatingProcessTokenElevation:string InitiatingProcessVersionInfoCompanyName:string
      InitiatingProcessVersionInfoFileDescription:string InitiatingProcessVersionInfoInternalFileName:string
      InitiatingProcessVersionInfoOriginalFileName:string InitiatingProcessVersionInfoProductName:string
      InitiatingProcessVersionInfoProductVersion:string _IsBillable:string IsLocalAdmin:bool LogonId:long
      LogonType:string MachineGroup:string Protocol:string RemoteDeviceName:string RemoteIP:string
      RemoteIPType:string RemotePort:int ReportId:long SourceSystem:string TenantId:string TimeGenerated:datetime
      Type:string Timestamp:datetime _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'DeviceImageLoadEvents',
    source: 'Azure Monitor Logs reference, deviceimageloadevents; Defender XDR advanced hunting DeviceImageLoadEvents',
    columns: `
      ActionType:string AppGuardContainerId:string _BilledSize:real DeviceId:string DeviceName:string
      FileName:string FileSize:long FolderPath:string InitiatingProcessAccountDomain:string
      InitiatingProcessAccountName:string InitiatingProcessAccountObjectId:string InitiatingProcessAccountSid:string
      InitiatingProcessAccountUpn:string InitiatingProcessCommandLine:string InitiatingProcessCreationTime:datetime
      InitiatingProcessFileName:string InitiatingProcessFileSize:long InitiatingProcessFolderPath:string
      InitiatingProcessId:long InitiatingProcessIntegrityLevel:string InitiatingProcessMD5:string
      InitiatingProcessParentCreationTime:datetime InitiatingProcessParentFileName:string
      InitiatingProcessParentId:long InitiatingProcessSHA1:string InitiatingProcessSHA256:string
      InitiatingProcessTokenElevation:string InitiatingProcessVersionInfoCompanyName:string
      InitiatingProcessVersionInfoFileDescription:string InitiatingProcessVersionInfoInternalFileName:string
      InitiatingProcessVersionInfoOriginalFileName:string InitiatingProcessVersionInfoProductName:string
      InitiatingProcessVersionInfoProductVersion:string _IsBillable:string MachineGroup:string MD5:string
      ReportId:long SHA1:string SHA256:string SourceSystem:string TenantId:string TimeGenerated:datetime Type:string
      Timestamp:datetime _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'IdentityLogonEvents',
    source: 'Azure Monitor Logs reference, identitylogonevents; Defender XDR advanced hunting IdentityLogonEvents',
    columns: `
      AccountDisplayName:string AccountDomain:string AccountName:string AccountObjectId:string AccountSid:string
      AccountUpn:string ActionType:string AdditionalFields:dynamic Application:string _BilledSize:real
      DestinationDeviceName:string DestinationIPAddress:string DestinationPort:string DeviceName:string
      DeviceType:string FailureReason:string IPAddress:string _IsBillable:string ISP:string Location:string
      LogonType:string OSPlatform:string Port:string Protocol:string ReportId:string SourceSystem:string
      TargetAccountDisplayName:string TargetDeviceName:string TenantId:string TimeGenerated:datetime Type:string
      Timestamp:datetime _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'CloudAppEvents',
    source: 'Azure Monitor Logs reference, cloudappevents; Defender XDR advanced hunting CloudAppEvents',
    columns: `
      AccountDisplayName:string AccountId:string AccountObjectId:string AccountType:string ActionType:string
      ActivityObjects:dynamic ActivityType:string AdditionalFields:dynamic AppInstanceId:int Application:string
      ApplicationId:int _BilledSize:real City:string CountryCode:string DeviceType:string IPAddress:string
      IPCategory:string IPTags:dynamic IsAdminOperation:bool IsAnonymousProxy:bool _IsBillable:string
      IsExternalUser:bool IsImpersonated:bool ISP:string ObjectId:string ObjectName:string ObjectType:string
      OSPlatform:string RawEventData:dynamic ReportId:string SourceSystem:string TenantId:string
      TimeGenerated:datetime Type:string UserAgent:string UserAgentTags:dynamic Timestamp:datetime
      _ResourceId:string _SubscriptionId:string
    `,
  },
];
