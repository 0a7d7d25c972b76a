// ASIM (Advanced Security Information Model) schemas: what the unifying parsers (imProcessCreate, _Im_Dns, ...) return.
// Sources (read 2026-12): the ASim*Logs tables in the Azure Monitor Logs table reference (MicrosoftDocs/
// azure-reference-other, azure-monitor-ref/tables/includes/asim*-include.md, Nov 2024) for the physical fields; the
// ASIM schema tester field list (Azure/Azure-Sentinel, ASIM/dev/ASimTester/ASimTester.csv) for the fields the parsers
// add on top: Dvc, Src, Dst and the aliases (User, Process, CommandLine, IpAddr, Hostname, ...); the schema pages at
// https://learn.microsoft.com/azure/sentinel/normalization-schema-<schema>.

import type { KqlTableSchema } from './types';

export const asimSchemas: KqlTableSchema[] = [
  {
    name: 'ProcessEvent',
    source: 'Azure Monitor Logs reference, asimprocesseventlogs; ASimTester.csv (ProcessEvent fields and aliases)',
    columns: `
      ActingProcessCommandLine:string ActingProcessCreationTime:datetime ActingProcessFileCompany:string
      ActingProcessFileDescription:string ActingProcessFileInternalName:string ActingProcessFilename:string
      ActingProcessFileOriginalName:string ActingProcessFileProduct:string ActingProcessFileSize:long
      ActingProcessFileVersion:string ActingProcessGuid:string ActingProcessId:string ActingProcessIMPHASH:string
      ActingProcessInjectedAddress:string ActingProcessIntegrityLevel:string ActingProcessIsHidden:bool
      ActingProcessMD5:string ActingProcessName:string ActingProcessSHA1:string ActingProcessSHA256:string
      ActingProcessSHA512:string ActingProcessTokenElevation:string ActorOriginalUserType:string ActorScope:string
      ActorScopeId:string ActorSessionId:string ActorUserId:string ActorUserIdType:string ActorUsername:string
      ActorUsernameType:string ActorUserType:string AdditionalFields:dynamic _BilledSize:real DvcAction:string
      DvcDescription:string DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string
      DvcIdType:string DvcInterface:string DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string
      DvcOsVersion:string DvcScope:string DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime
      EventMessage:string EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventOwner:string EventProduct:string
      EventProductVersion:string EventReportUrl:string EventResult:string EventResultDetails:string
      EventSchemaVersion:string EventSeverity:string EventStartTime:datetime EventSubType:string EventType:string
      EventVendor:string _IsBillable:string ParentProcessCreationTime:datetime ParentProcessFileCompany:string
      ParentProcessFileDescription:string ParentProcessFileProduct:string ParentProcessFileVersion:string
      ParentProcessGuid:string ParentProcessId:string ParentProcessIMPHASH:string
      ParentProcessInjectedAddress:string ParentProcessIntegrityLevel:string ParentProcessIsHidden:bool
      ParentProcessMD5:string ParentProcessName:string ParentProcessSHA1:string ParentProcessSHA256:string
      ParentProcessSHA512:string ParentProcessTokenElevation:string _ResourceId:string RuleName:string
      RuleNumber:int SourceSystem:string _SubscriptionId:string TargetOriginalUserType:string
      TargetProcessCommandLine:string TargetProcessCreationTime:datetime TargetProcessCurrentDirectory:string
      TargetProcessFileCompany:string TargetProcessFileDescription:string TargetProcessFileInternalName:string
      TargetProcessFilename:string TargetProcessFileOriginalName:string TargetProcessFileProduct:string
      TargetProcessFileSize:long TargetProcessFileVersion:string TargetProcessGuid:string TargetProcessId:string
      TargetProcessIMPHASH:string TargetProcessInjectedAddress:string TargetProcessIntegrityLevel:string
      TargetProcessIsHidden:bool TargetProcessMD5:string TargetProcessName:string TargetProcessSHA1:string
      TargetProcessSHA256:string TargetProcessSHA512:string TargetProcessStatusCode:string
      TargetProcessTokenElevation:string TargetScope:string TargetScopeId:string TargetUserId:string
      TargetUserIdType:string TargetUsername:string TargetUsernameType:string TargetUserSessionGuid:string
      TargetUserSessionId:string TargetUserType:string TenantId:string ThreatCategory:string ThreatConfidence:int
      ThreatField:string ThreatFirstReportedTime:datetime ThreatId:string ThreatIsActive:bool
      ThreatLastReportedTime:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime Type:string Dvc:string User:string
      Process:string CommandLine:string Hash:string HashType:string EventSchema:string ActorUserAadId:string
      ActorUserSid:string ActorUserUpn:string TargetUserAadId:string TargetUserSid:string TargetUserUpn:string
    `,
  },
  {
    name: 'Authentication',
    source:
      'Azure Monitor Logs reference, asimauthenticationeventlogs; ASimTester.csv (Authentication fields and aliases)',
    columns: `
      ActingAppId:string ActingAppName:string ActingAppType:string ActingOriginalAppType:string
      ActorOriginalUserType:string ActorScope:string ActorScopeId:string ActorSessionId:string ActorUserId:string
      ActorUserIdType:string ActorUsername:string ActorUsernameType:string ActorUserType:string
      AdditionalFields:dynamic _BilledSize:real DvcAction:string DvcDescription:string DvcDomain:string
      DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string DvcIdType:string DvcInterface:string
      DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string DvcOsVersion:string DvcScope:string
      DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime EventMessage:string
      EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventOwner:string EventProduct:string
      EventProductVersion:string EventReportUrl:string EventResult:string EventResultDetails:string
      EventSchemaVersion:string EventSeverity:string EventStartTime:datetime EventSubType:string EventType:string
      EventVendor:string HttpUserAgent:string _IsBillable:string LogonMethod:string LogonProtocol:string
      _ResourceId:string RuleName:string RuleNumber:int SourceSystem:string SrcDescription:string
      SrcDeviceType:string SrcDomain:string SrcDomainType:string SrcDvcId:string SrcDvcIdType:string SrcDvcOs:string
      SrcDvcScope:string SrcDvcScopeId:string SrcFQDN:string SrcGeoCity:string SrcGeoCountry:string
      SrcGeoLatitude:real SrcGeoLongitude:real SrcGeoRegion:string SrcHostname:string SrcIpAddr:string SrcIsp:string
      SrcOriginalRiskLevel:string SrcPortNumber:int SrcRiskLevel:int _SubscriptionId:string TargetAppId:string
      TargetAppName:string TargetAppType:string TargetDescription:string TargetDeviceType:string TargetDomain:string
      TargetDomainType:string TargetDvcId:string TargetDvcIdType:string TargetDvcOs:string TargetDvcScope:string
      TargetDvcScopeId:string TargetFQDN:string TargetGeoCity:string TargetGeoCountry:string TargetGeoLatitude:real
      TargetGeoLongitude:real TargetGeoRegion:string TargetHostname:string TargetIpAddr:string
      TargetOriginalAppType:string TargetOriginalRiskLevel:string TargetOriginalUserType:string TargetPortNumber:int
      TargetRiskLevel:int TargetSessionId:string TargetUrl:string TargetUserId:string TargetUserIdType:string
      TargetUsername:string TargetUsernameType:string TargetUserScope:string TargetUserScopeId:string
      TargetUserType:string TenantId:string ThreatCategory:string ThreatConfidence:int ThreatField:string
      ThreatFirstReportedTime:datetime ThreatId:string ThreatIpAddr:string ThreatIsActive:bool
      ThreatLastReportedTime:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime Type:string Dvc:string Src:string
      Dst:string User:string IpAddr:string LogonTarget:string SrcDvcType:string TargetDvcType:string
      EventSchema:string
    `,
  },
  {
    name: 'NetworkSession',
    source: 'Azure Monitor Logs reference, asimnetworksessionlogs; ASimTester.csv (NetworkSession fields and aliases)',
    columns: `
      AdditionalFields:dynamic _BilledSize:real DstAppId:string DstAppName:string DstAppType:string DstBytes:long
      DstDescription:string DstDeviceType:string DstDomain:string DstDomainType:string DstDvcId:string
      DstDvcIdType:string DstFQDN:string DstGeoCity:string DstGeoCountry:string DstGeoLatitude:real
      DstGeoLongitude:real DstGeoRegion:string DstHostname:string DstInterfaceGuid:string DstInterfaceName:string
      DstIpAddr:string DstMacAddr:string DstNatIpAddr:string DstNatPortNumber:int DstOriginalUserType:string
      DstPackets:long DstPortNumber:int DstSubscriptionId:string DstUserId:string DstUserIdType:string
      DstUsername:string DstUsernameType:string DstUserType:string DstVlanId:string DstZone:string Dvc:string
      DvcAction:string DvcDescription:string DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string
      DvcId:string DvcIdType:string DvcInboundInterface:string DvcInterface:string DvcIpAddr:string
      DvcMacAddr:string DvcOriginalAction:string DvcOs:string DvcOsVersion:string DvcOutboundInterface:string
      DvcSubscriptionId:string DvcZone:string EventCount:int EventEndTime:datetime EventMessage:string
      EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventProduct:string EventProductVersion:string
      EventReportUrl:string EventResult:string EventResultDetails:string EventSchemaVersion:string
      EventSeverity:string EventStartTime:datetime EventSubType:string EventType:string EventVendor:string
      _IsBillable:string NetworkApplicationProtocol:string NetworkBytes:long NetworkConnectionHistory:string
      NetworkDirection:string NetworkDuration:int NetworkIcmpCode:int NetworkIcmpType:string NetworkPackets:long
      NetworkProtocol:string NetworkProtocolVersion:string NetworkRuleName:string NetworkRuleNumber:int
      NetworkSessionId:string _ResourceId:string SourceSystem:string SrcAppId:string SrcAppName:string
      SrcAppType:string SrcBytes:long SrcDescription:string SrcDeviceType:string SrcDomain:string
      SrcDomainType:string SrcDvcId:string SrcDvcIdType:string SrcFQDN:string SrcGeoCity:string SrcGeoCountry:string
      SrcGeoLatitude:real SrcGeoLongitude:real SrcGeoRegion:string SrcHostname:string SrcInterfaceGuid:string
      SrcInterfaceName:string SrcIpAddr:string SrcMacAddr:string SrcNatIpAddr:string SrcNatPortNumber:int
      SrcOriginalUserType:string SrcPackets:long SrcPortNumber:int SrcSubscriptionId:string SrcUserId:string
      SrcUserIdType:string SrcUsername:string SrcUsernameType:string SrcUserType:string SrcVlanId:string
      SrcZone:string _SubscriptionId:string TcpFlagsAck:bool TcpFlagsFin:bool TcpFlagsPsh:bool TcpFlagsRst:bool
      TcpFlagsSyn:bool TcpFlagsUrg:bool TenantId:string ThreatCategory:string ThreatConfidence:int
      ThreatField:string ThreatFirstReportedTime:datetime ThreatId:string ThreatIpAddr:string ThreatIsActive:bool
      ThreatLastReportedTime:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime Type:string Src:string Dst:string
      Hostname:string User:string IpAddr:string Duration:int SessionId:string Rule:string OuterVlanId:string
      InnerVlanId:string ASimMatchingHostname:string ASimMatchingIpAddr:string EventSchema:string
    `,
  },
  {
    name: 'Dns',
    source: 'Azure Monitor Logs reference, asimdnsactivitylogs; ASimTester.csv (Dns fields and aliases)',
    columns: `
      AdditionalFields:dynamic _BilledSize:real DnsFlags:string DnsFlagsAuthenticated:bool
      DnsFlagsAuthoritative:bool DnsFlagsCheckingDisabled:bool DnsFlagsRecursionAvailable:bool
      DnsFlagsRecursionDesired:bool DnsFlagsTruncated:bool DnsFlagsZ:bool DnsNetworkDuration:int DnsQuery:string
      DnsQueryClass:int DnsQueryClassName:string DnsQueryType:int DnsQueryTypeName:string DnsResponseCode:int
      DnsResponseIpCity:string DnsResponseIpCountry:string DnsResponseIpLatitude:real DnsResponseIpLongitude:real
      DnsResponseIpRegion:string DnsResponseName:string DnsSessionId:string Dst:string DstDescription:string
      DstDeviceType:string DstDomain:string DstDomainType:string DstDvcId:string DstDvcIdType:string
      DstDvcScope:string DstDvcScopeId:string DstFQDN:string DstGeoCity:string DstGeoCountry:string
      DstGeoLatitude:real DstGeoLongitude:real DstGeoRegion:string DstHostname:string DstIpAddr:string
      DstOriginalRiskLevel:string DstPortNumber:int DstRiskLevel:int Dvc:string DvcAction:string
      DvcDescription:string DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string
      DvcIdType:string DvcInterface:string DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string
      DvcOsVersion:string DvcScope:string DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime
      EventMessage:string EventOriginalSeverity:string EventOriginalType:string EventOriginalUid:string
      EventOwner:string EventProduct:string EventProductVersion:string EventReportUrl:string EventResult:string
      EventResultDetails:string EventSchemaVersion:string EventSeverity:string EventStartTime:datetime
      EventSubType:string EventType:string EventVendor:string _IsBillable:string NetworkProtocol:string
      NetworkProtocolVersion:string _ResourceId:string RuleName:string RuleNumber:int SourceSystem:string Src:string
      SrcDescription:string SrcDeviceType:string SrcDomain:string SrcDomainType:string SrcDvcId:string
      SrcDvcIdType:string SrcDvcScope:string SrcDvcScopeId:string SrcFQDN:string SrcGeoCity:string
      SrcGeoCountry:string SrcGeoLatitude:real SrcGeoLongitude:real SrcGeoRegion:string SrcHostname:string
      SrcIpAddr:string SrcOriginalRiskLevel:string SrcOriginalUserType:string SrcPortNumber:int
      SrcProcessGuid:string SrcProcessId:string SrcProcessName:string SrcRiskLevel:int SrcUserId:string
      SrcUserIdType:string SrcUsername:string SrcUsernameType:string SrcUserScope:string SrcUserScopeId:string
      SrcUserSessionId:string SrcUserType:string _SubscriptionId:string TenantId:string ThreatCategory:string
      ThreatConfidence:int ThreatField:string ThreatFirstReportedTime:string ThreatFirstReportedTime_d:datetime
      ThreatId:string ThreatIpAddr:string ThreatIsActive:bool ThreatLastReportedTime:string
      ThreatLastReportedTime_d:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:int ThreatOriginalRiskLevel_s:string ThreatRiskLevel:int TimeGenerated:datetime
      TransactionIdHex:string Type:string UrlCategory:string Domain:string Duration:int Hostname:string
      IpAddr:string Process:string SessionId:string User:string Flags:string DomainCategory:string
      EventSchema:string
    `,
  },
  {
    name: 'FileEvent',
    source: 'Azure Monitor Logs reference, asimfileeventlogs; ASimTester.csv (FileEvent fields and aliases)',
    columns: `
      ActingProcessCommandLine:string ActingProcessGuid:string ActingProcessId:string ActingProcessName:string
      ActorOriginalUserType:string ActorScope:string ActorScopeId:string ActorSessionId:string ActorUserAadId:string
      ActorUserId:string ActorUserIdType:string ActorUsername:string ActorUsernameType:string ActorUserSid:string
      ActorUserType:string AdditionalFields:dynamic _BilledSize:real DvcAction:string DvcDescription:string
      DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string DvcIdType:string
      DvcInterface:string DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string
      DvcOsVersion:string DvcScope:string DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime
      EventMessage:string EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventOwner:string EventProduct:string
      EventProductVersion:string EventReportUrl:string EventResult:string EventResultDetails:string
      EventSchema:string EventSchemaVersion:string EventSeverity:string EventStartTime:datetime EventSubType:string
      EventType:string EventVendor:string HashType:string HttpUserAgent:string _IsBillable:string
      NetworkApplicationProtocol:string _ResourceId:string RuleName:string RuleNumber:int SourceSystem:string
      SrcDescription:string SrcDeviceType:string SrcDomain:string SrcDomainType:string SrcDvcId:string
      SrcDvcIdType:string SrcDvcScope:string SrcDvcScopeId:string SrcFileCreationTime:datetime
      SrcFileDirectory:string SrcFileExtension:string SrcFileMD5:string SrcFileMimeType:string SrcFileName:string
      SrcFilePath:string SrcFilePathType:string SrcFileSHA1:string SrcFileSHA256:string SrcFileSHA512:string
      SrcFileSize:long SrcFQDN:string SrcGeoCity:string SrcGeoCountry:string SrcGeoLatitude:real
      SrcGeoLongitude:real SrcGeoRegion:string SrcHostname:string SrcIpAddr:string SrcMacAddr:string
      SrcOriginalRiskLevel:string SrcPortNumber:int SrcRiskLevel:int _SubscriptionId:string TargetAppId:string
      TargetAppName:string TargetAppType:string TargetFileCreationTime:datetime TargetFileDirectory:string
      TargetFileExtension:string TargetFileMD5:string TargetFileMimeType:string TargetFileName:string
      TargetFilePath:string TargetFilePathType:string TargetFileSHA1:string TargetFileSHA256:string
      TargetFileSHA512:string TargetFileSize:long TargetOriginalAppType:string TargetUrl:string TenantId:string
      ThreatCategory:string ThreatConfidence:int ThreatField:string ThreatFilePath:string
      ThreatFirstReportedTime:datetime ThreatId:string ThreatIsActive:bool ThreatLastReportedTime:datetime
      ThreatName:string ThreatOriginalConfidence:string ThreatOriginalRiskLevel:string ThreatRiskLevel:int
      TimeGenerated:datetime Type:string Dvc:string User:string Process:string FilePath:string Hash:string
    `,
  },
  {
    name: 'RegistryEvent',
    source: 'Azure Monitor Logs reference, asimregistryeventlogs; ASimTester.csv (RegistryEvent fields and aliases)',
    columns: `
      ActingProcessCommandLine:string ActingProcessGuid:string ActingProcessId:string ActingProcessName:string
      ActorOriginalUserType:string ActorScope:string ActorScopeId:string ActorSessionId:string ActorUserAadId:string
      ActorUserId:string ActorUserIdType:string ActorUsername:string ActorUsernameType:string ActorUserSid:string
      ActorUserType:string AdditionalFields:dynamic _BilledSize:real DvcAction:string DvcDescription:string
      DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string DvcIdType:string
      DvcInterface:string DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string
      DvcOsVersion:string DvcScope:string DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime
      EventMessage:string EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventOwner:string EventProduct:string
      EventProductVersion:string EventReportUrl:string EventResult:string EventResultDetails:string
      EventSchema:string EventSchemaVersion:string EventSeverity:string EventStartTime:datetime EventSubType:string
      EventType:string EventVendor:string _IsBillable:string ParentProcessCommandLine:string
      ParentProcessGuid:string ParentProcessId:string ParentProcessName:string RegistryKey:string
      RegistryPreviousKey:string RegistryPreviousValue:string RegistryPreviousValueData:string
      RegistryPreviousValueType:string RegistryValue:string RegistryValueData:string RegistryValueType:string
      _ResourceId:string RuleName:string RuleNumber:int SourceSystem:string _SubscriptionId:string TenantId:string
      ThreatCategory:string ThreatConfidence:int ThreatField:string ThreatFirstReportedTime:datetime ThreatId:string
      ThreatIsActive:bool ThreatLastReportedTime:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime Type:string Dvc:string User:string
      Process:string
    `,
  },
  {
    name: 'WebSession',
    source: 'Azure Monitor Logs reference, asimwebsessionlogs; ASimTester.csv (WebSession fields and aliases)',
    columns: `
      AdditionalFields:dynamic _BilledSize:real DstAppId:string DstAppName:string DstAppType:string DstBytes:long
      DstDeviceType:string DstDomain:string DstDomainType:string DstDvcId:string DstDvcIdType:string
      DstDvcScope:string DstDvcScopeId:string DstFQDN:string DstGeoCity:string DstGeoCountry:string
      DstGeoLatitude:real DstGeoLongitude:real DstGeoRegion:string DstHostname:string DstIpAddr:string
      DstMacAddr:string DstNatIpAddr:string DstNatPortNumber:int DstOriginalUserType:string DstPackets:long
      DstPortNumber:int DstUserId:string DstUserIdType:string DstUsername:string DstUsernameType:string
      DstUserType:string Dvc:string DvcAction:string DvcDomain:string DvcDomainType:string DvcFQDN:string
      DvcHostname:string DvcId:string DvcIdType:string DvcIpAddr:string DvcOriginalAction:string EventCount:int
      EventEndTime:datetime EventMessage:string EventOriginalResultDetails:string EventOriginalSeverity:string
      EventOriginalSubType:string EventOriginalType:string EventOriginalUid:string EventOwner:string
      EventProduct:string EventProductVersion:string EventReportUrl:string EventResult:string
      EventResultDetails:string EventSchemaVersion:string EventSeverity:string EventStartTime:datetime
      EventSubType:string EventType:string EventVendor:string FileContentType:string FileMD5:string FileName:string
      FileSHA1:string FileSHA256:string FileSHA512:string FileSize:int HttpContentFormat:string
      HttpContentType:string HttpHost:string HttpReferrer:string HttpRequestMethod:string HttpRequestTime:int
      HttpRequestXff:string HttpResponseTime:int HttpUserAgent:string HttpVersion:string _IsBillable:string
      NetworkApplicationProtocol:string NetworkBytes:long NetworkConnectionHistory:string NetworkDirection:string
      NetworkDuration:int NetworkIcmpCode:int NetworkIcmpType:string NetworkPackets:long NetworkProtocol:string
      NetworkProtocolVersion:string NetworkSessionId:string _ResourceId:string Rule:string RuleName:string
      RuleNumber:int SourceSystem:string SrcAppId:string SrcAppName:string SrcAppType:string SrcBytes:long
      SrcDeviceType:string SrcDomain:string SrcDomainType:string SrcDvcId:string SrcDvcIdType:string
      SrcDvcScope:string SrcDvcScopeId:string SrcFQDN:string SrcGeoCity:string SrcGeoCountry:string
      SrcGeoLatitude:real SrcGeoLongitude:real SrcGeoRegion:string SrcHostname:string SrcIpAddr:string
      SrcMacAddr:string SrcNatIpAddr:string SrcNatPortNumber:int SrcOriginalUserType:string SrcPackets:long
      SrcPortNumber:int SrcProcessGuid:string SrcProcessId:string SrcProcessName:string SrcUserId:string
      SrcUserIdType:string SrcUsername:string SrcUsernameType:string SrcUserScope:string SrcUserScopeId:string
      SrcUserType:string _SubscriptionId:string TenantId:string ThreatCategory:string ThreatConfidence:int
      ThreatField:string ThreatFirstReportedTime:datetime ThreatId:string ThreatIpAddr:string ThreatIsActive:bool
      ThreatLastReportedTime:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime Type:string Url:string
      UrlCategory:string UrlOriginal:string Src:string Dst:string Hostname:string User:string IpAddr:string
      Duration:int SessionId:string UserAgent:string HttpStatusCode:string Hash:string OuterVlanId:string
      InnerVlanId:string ASimMatchingIpAddr:string EventSchema:string
    `,
  },
  {
    name: 'AuditEvent',
    source: 'Azure Monitor Logs reference, asimauditeventlogs; ASimTester.csv (AuditEvent fields and aliases)',
    columns: `
      ActingAppId:string ActingAppName:string ActingAppType:string ActingOriginalAppType:string
      ActorOriginalUserType:string ActorScope:string ActorScopeId:string ActorSessionId:string ActorUserAadId:string
      ActorUserId:string ActorUserIdType:string ActorUsername:string ActorUsernameType:string ActorUserSid:string
      ActorUserType:string AdditionalFields:dynamic _BilledSize:real DvcAction:string DvcDescription:string
      DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string DvcIdType:string
      DvcInterface:string DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string
      DvcOsVersion:string DvcScope:string DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime
      EventMessage:string EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventOwner:string EventProduct:string
      EventProductVersion:string EventReportUrl:string EventResult:string EventResultDetails:string
      EventSchemaVersion:string EventSeverity:string EventStartTime:datetime EventSubType:string EventType:string
      EventVendor:string HttpUserAgent:string _IsBillable:string NewValue:string Object:string ObjectId:string
      ObjectType:string OldValue:string Operation:string OriginalObjectType:string _ResourceId:string
      RuleName:string RuleNumber:int SourceSystem:string SrcDescription:string SrcDeviceType:string SrcDomain:string
      SrcDomainType:string SrcDvcId:string SrcDvcIdType:string SrcDvcScope:string SrcDvcScopeId:string
      SrcFQDN:string SrcGeoCity:string SrcGeoCountry:string SrcGeoLatitude:real SrcGeoLongitude:real
      SrcGeoRegion:string SrcHostname:string SrcIpAddr:string SrcOriginalRiskLevel:string SrcPortNumber:int
      SrcRiskLevel:int _SubscriptionId:string TargetAppId:string TargetAppName:string TargetAppType:string
      TargetDescription:string TargetDeviceType:string TargetDomain:string TargetDomainType:string
      TargetDvcId:string TargetDvcIdType:string TargetDvcOs:string TargetDvcScope:string TargetDvcScopeId:string
      TargetFQDN:string TargetGeoCity:string TargetGeoCountry:string TargetGeoLatitude:real TargetGeoLongitude:real
      TargetGeoRegion:string TargetHostname:string TargetIpAddr:string TargetOriginalAppType:string
      TargetOriginalRiskLevel:string TargetPortNumber:int TargetRiskLevel:int TargetUrl:string TenantId:string
      ThreatCategory:string ThreatConfidence:int ThreatField:string ThreatFirstReportedTime:datetime ThreatId:string
      ThreatIpAddr:string ThreatIsActive:bool ThreatLastReportedTime:datetime ThreatName:string
      ThreatOriginalConfidence:string ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime
      Type:string ValueType:string Dvc:string EventSchema:string
    `,
  },
  {
    name: 'UserManagement',
    source:
      'Azure Monitor Logs reference, asimusermanagementactivitylogs; ASimTester.csv (UserManagement fields and aliases)',
    columns: `
      ActingAppId:string ActingAppName:string ActingAppType:string ActingOriginalAppType:string
      ActorOriginalUserType:string ActorScope:string ActorScopeId:string ActorSessionId:string ActorUserAadId:string
      ActorUserId:string ActorUserIdType:string ActorUsername:string ActorUsernameType:string ActorUserSid:string
      ActorUserType:string AdditionalFields:dynamic _BilledSize:real DvcAction:string DvcDescription:string
      DvcDomain:string DvcDomainType:string DvcFQDN:string DvcHostname:string DvcId:string DvcIdType:string
      DvcInterface:string DvcIpAddr:string DvcMacAddr:string DvcOriginalAction:string DvcOs:string
      DvcOsVersion:string DvcScope:string DvcScopeId:string DvcZone:string EventCount:int EventEndTime:datetime
      EventMessage:string EventOriginalResultDetails:string EventOriginalSeverity:string EventOriginalSubType:string
      EventOriginalType:string EventOriginalUid:string EventOwner:string EventProduct:string
      EventProductVersion:string EventReportUrl:string EventResult:string EventResultDetails:string
      EventSchema:string EventSchemaVersion:string EventSeverity:string EventStartTime:datetime EventSubType:string
      EventType:string EventVendor:string GroupId:string GroupIdType:string GroupName:string GroupNameType:string
      GroupOriginalType:string GroupType:string HttpUserAgent:string _IsBillable:string NewPropertyValue:string
      PreviousPropertyValue:string _ResourceId:string RuleName:string RuleNumber:int SourceSystem:string
      SrcDescription:string SrcDeviceType:string SrcDomain:string SrcDomainType:string SrcDvcId:string
      SrcDvcIdType:string SrcDvcScope:string SrcDvcScopeId:string SrcFQDN:string SrcGeoCity:string
      SrcGeoCountry:string SrcGeoLatitude:real SrcGeoLongitude:real SrcGeoRegion:string SrcHostname:string
      SrcIpAddr:string SrcMacAddr:string SrcOriginalRiskLevel:string SrcPortNumber:int SrcRiskLevel:int
      _SubscriptionId:string TargetOriginalUserType:string TargetUserId:string TargetUserIdType:string
      TargetUsername:string TargetUsernameType:string TargetUserScope:string TargetUserScopeId:string
      TargetUserSessionId:string TargetUserType:string TargetUserUid:string TenantId:string ThreatCategory:string
      ThreatConfidence:int ThreatField:string ThreatFirstReportedTime:datetime ThreatId:string ThreatIsActive:bool
      ThreatLastReportedTime:datetime ThreatName:string ThreatOriginalConfidence:string
      ThreatOriginalRiskLevel:string ThreatRiskLevel:int TimeGenerated:datetime Type:string Dvc:string
    `,
  },
];
