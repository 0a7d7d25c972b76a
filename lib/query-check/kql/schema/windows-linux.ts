// Sentinel tables for Windows and Linux hosts and CEF appliances, columns as Microsoft documents them.
// Sources (read 2026-12): Azure Monitor Logs table reference (MicrosoftDocs/azure-reference-other,
// azure-monitor-ref/tables/includes/<table>-include.md, last revision Nov 2024, the pages now published at
// https://learn.microsoft.com/azure/azure-monitor/reference/tables/<table>); plus the standard columns every
// Log Analytics table has (TenantId, Type, TimeGenerated, _ResourceId, _SubscriptionId, _BilledSize, _IsBillable).

import type { KqlTableSchema } from './types';

export const windowsLinuxTables: KqlTableSchema[] = [
  {
    name: 'SecurityEvent',
    source: 'Azure Monitor Logs reference, securityevent',
    columns: `
      AccessMask:string Account:string AccountDomain:string AccountExpires:string AccountName:string
      AccountSessionIdentifier:string AccountType:string Activity:string AdditionalInfo:string
      AdditionalInfo2:string AllowedToDelegateTo:string Attributes:string AuditPolicyChanges:string
      AuditsDiscarded:int AuthenticationLevel:int AuthenticationPackageName:string AuthenticationProvider:string
      AuthenticationServer:string AuthenticationService:int AuthenticationType:string AzureDeploymentID:string
      _BilledSize:real CACertificateHash:string CalledStationID:string CallerProcessId:string
      CallerProcessName:string CallingStationID:string CAPublicKeyHash:string CategoryId:string
      CertificateDatabaseHash:string Channel:string ClassId:string ClassName:string ClientAddress:string
      ClientIPAddress:string ClientName:string CommandLine:string CompatibleIds:string Computer:string
      Correlation:string DCDNSName:string DeviceDescription:string DeviceId:string DisplayName:string
      Disposition:string DomainBehaviorVersion:string DomainName:string DomainPolicyChanged:string DomainSid:string
      EAPType:string ElevatedToken:string ErrorCode:int EventData:string EventID:int EventLevelName:string
      EventRecordId:string EventSourceName:string ExtendedQuarantineState:string FailureReason:string
      FileHash:string FilePath:string FilePathNoUser:string Filter:string ForceLogoff:string Fqbn:string
      FullyQualifiedSubjectMachineName:string FullyQualifiedSubjectUserName:string GroupMembership:string
      HandleId:string HardwareIds:string HomeDirectory:string HomePath:string InterfaceUuid:string IpAddress:string
      IpPort:string _IsBillable:string KeyLength:int Keywords:string Level:string LmPackageName:string
      LocationInformation:string LockoutDuration:string LockoutObservationWindow:string LockoutThreshold:string
      LoggingResult:string LogonGuid:string LogonHours:string LogonID:string LogonProcessName:string LogonType:int
      LogonTypeName:string MachineAccountQuota:string MachineInventory:string MachineLogon:string
      ManagementGroupName:string MandatoryLabel:string MaxPasswordAge:string MemberName:string MemberSid:string
      MinPasswordAge:string MinPasswordLength:string MixedDomainMode:string NASIdentifier:string
      NASIPv4Address:string NASIPv6Address:string NASPort:string NASPortType:string NetworkPolicyName:string
      NewDate:string NewMaxUsers:string NewProcessId:string NewProcessName:string NewRemark:string
      NewShareFlags:string NewTime:string NewUacValue:string NewValue:string NewValueType:string ObjectName:string
      ObjectServer:string ObjectType:string ObjectValueName:string OemInformation:string OldMaxUsers:string
      OldRemark:string OldShareFlags:string OldUacValue:string OldValue:string OldValueType:string Opcode:string
      OperationType:string PackageName:string ParentProcessName:string PasswordHistoryLength:string
      PasswordLastSet:string PasswordProperties:string PreviousDate:string PreviousTime:string PrimaryGroupId:string
      PrivateKeyUsageCount:string PrivilegeList:string Process:string ProcessId:string ProcessName:string
      ProfilePath:string Properties:string ProtocolSequence:string ProxyPolicyName:string QuarantineHelpURL:string
      QuarantineSessionID:string QuarantineSessionIdentifier:string QuarantineState:string
      QuarantineSystemHealthResult:string RelativeTargetName:string RemoteIpAddress:string RemotePort:string
      Requester:string RequestId:string _ResourceId:string RestrictedAdminMode:string RowsDeleted:string
      SamAccountName:string ScriptPath:string SecurityDescriptor:string ServiceAccount:string ServiceFileName:string
      ServiceName:string ServiceStartType:int ServiceType:string SessionName:string ShareLocalPath:string
      ShareName:string SidHistory:string SourceComputerId:string SourceSystem:string Status:string
      StorageAccount:string SubcategoryGuid:string SubcategoryId:string Subject:string SubjectAccount:string
      SubjectDomainName:string SubjectKeyIdentifier:string SubjectLogonId:string SubjectMachineName:string
      SubjectMachineSID:string SubjectUserName:string SubjectUserSid:string _SubscriptionId:string SubStatus:string
      SystemProcessId:int SystemThreadId:int SystemUserId:string TableId:string TargetAccount:string
      TargetDomainName:string TargetInfo:string TargetLinkedLogonId:string TargetLogonGuid:string
      TargetLogonId:string TargetOutboundDomainName:string TargetOutboundUserName:string TargetServerName:string
      TargetSid:string TargetUser:string TargetUserName:string TargetUserSid:string Task:int TemplateContent:string
      TemplateDSObjectFQDN:string TemplateInternalName:string TemplateOID:string TemplateSchemaVersion:string
      TemplateVersion:string TenantId:string TimeGenerated:datetime TokenElevationType:string
      TransmittedServices:string Type:string UserAccountControl:string UserParameters:string
      UserPrincipalName:string UserWorkstations:string VendorIds:string Version:int VirtualAccount:string
      Workstation:string WorkstationName:string
    `,
  },
  {
    name: 'Event',
    source: 'Azure Monitor Logs reference, event',
    columns: `
      AzureDeploymentID:string _BilledSize:real Computer:string EventCategory:int EventData:string EventID:int
      EventLevel:int EventLevelName:string EventLog:string _IsBillable:string ManagementGroupName:string
      Message:string ParameterXml:string RenderedDescription:string _ResourceId:string Role:string Source:string
      SourceSystem:string _SubscriptionId:string TimeGenerated:datetime Type:string UserName:string TenantId:string
    `,
  },
  {
    name: 'Syslog',
    source: 'Azure Monitor Logs reference, syslog',
    columns: `
      _BilledSize:real CollectorHostName:string Computer:string EventTime:datetime Facility:string HostIP:string
      HostName:string _IsBillable:string ProcessID:int ProcessName:string _ResourceId:string SeverityLevel:string
      SourceSystem:string _SubscriptionId:string SyslogMessage:string TimeGenerated:datetime Type:string
      TenantId:string
    `,
  },
  {
    name: 'CommonSecurityLog',
    source: 'Azure Monitor Logs reference, commonsecuritylog',
    columns: `
      Activity:string AdditionalExtensions:string ApplicationProtocol:string _BilledSize:real
      CollectorHostName:string CommunicationDirection:string Computer:string DestinationDnsDomain:string
      DestinationHostName:string DestinationIP:string DestinationMACAddress:string DestinationNTDomain:string
      DestinationPort:int DestinationProcessId:int DestinationProcessName:string DestinationServiceName:string
      DestinationTranslatedAddress:string DestinationTranslatedPort:int DestinationUserID:string
      DestinationUserName:string DestinationUserPrivileges:string DeviceAction:string DeviceAddress:string
      DeviceCustomDate1:string DeviceCustomDate1Label:string DeviceCustomDate2:string DeviceCustomDate2Label:string
      DeviceCustomFloatingPoint1:real DeviceCustomFloatingPoint1Label:string DeviceCustomFloatingPoint2:real
      DeviceCustomFloatingPoint2Label:string DeviceCustomFloatingPoint3:real DeviceCustomFloatingPoint3Label:string
      DeviceCustomFloatingPoint4:real DeviceCustomFloatingPoint4Label:string DeviceCustomIPv6Address1:string
      DeviceCustomIPv6Address1Label:string DeviceCustomIPv6Address2:string DeviceCustomIPv6Address2Label:string
      DeviceCustomIPv6Address3:string DeviceCustomIPv6Address3Label:string DeviceCustomIPv6Address4:string
      DeviceCustomIPv6Address4Label:string DeviceCustomNumber1:int DeviceCustomNumber1Label:string
      DeviceCustomNumber2:int DeviceCustomNumber2Label:string DeviceCustomNumber3:int
      DeviceCustomNumber3Label:string DeviceCustomString1:string DeviceCustomString1Label:string
      DeviceCustomString2:string DeviceCustomString2Label:string DeviceCustomString3:string
      DeviceCustomString3Label:string DeviceCustomString4:string DeviceCustomString4Label:string
      DeviceCustomString5:string DeviceCustomString5Label:string DeviceCustomString6:string
      DeviceCustomString6Label:string DeviceDnsDomain:string DeviceEventCategory:string DeviceEventClassID:string
      DeviceExternalID:string DeviceFacility:string DeviceInboundInterface:string DeviceMacAddress:string
      DeviceName:string DeviceNtDomain:string DeviceOutboundInterface:string DevicePayloadId:string
      DeviceProduct:string DeviceTimeZone:string DeviceTranslatedAddress:string DeviceVendor:string
      DeviceVersion:string EndTime:datetime EventCount:int EventOutcome:string EventType:int ExternalID:int
      ExtID:string FieldDeviceCustomNumber1:long FieldDeviceCustomNumber2:long FieldDeviceCustomNumber3:long
      FileCreateTime:string FileHash:string FileID:string FileModificationTime:string FileName:string
      FilePath:string FilePermission:string FileSize:int FileType:string FlexDate1:string FlexDate1Label:string
      FlexNumber1:int FlexNumber1Label:string FlexNumber2:int FlexNumber2Label:string FlexString1:string
      FlexString1Label:string FlexString2:string FlexString2Label:string IndicatorThreatType:string
      _IsBillable:string LogSeverity:string MaliciousIP:string MaliciousIPCountry:string MaliciousIPLatitude:real
      MaliciousIPLongitude:real Message:string OldFileCreateTime:string OldFileHash:string OldFileID:string
      OldFileModificationTime:string OldFileName:string OldFilePath:string OldFilePermission:string OldFileSize:int
      OldFileType:string OriginalLogSeverity:string ProcessID:int ProcessName:string Protocol:string Reason:string
      ReceiptTime:string ReceivedBytes:long RemoteIP:string RemotePort:string ReportReferenceLink:string
      RequestClientApplication:string RequestContext:string RequestCookies:string RequestMethod:string
      RequestURL:string _ResourceId:string SentBytes:long SimplifiedDeviceAction:string SourceDnsDomain:string
      SourceHostName:string SourceIP:string SourceMACAddress:string SourceNTDomain:string SourcePort:int
      SourceProcessId:int SourceProcessName:string SourceServiceName:string SourceSystem:string
      SourceTranslatedAddress:string SourceTranslatedPort:int SourceUserID:string SourceUserName:string
      SourceUserPrivileges:string StartTime:datetime _SubscriptionId:string TenantId:string ThreatConfidence:string
      ThreatDescription:string ThreatSeverity:int TimeGenerated:datetime Type:string
    `,
  },
];
