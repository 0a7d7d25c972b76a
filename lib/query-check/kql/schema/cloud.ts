// Sentinel tables for cloud control planes and identity, columns as Microsoft documents them.
// Sources (read 2026-12): Azure Monitor Logs table reference (MicrosoftDocs/azure-reference-other,
// azure-monitor-ref/tables/includes/<table>-include.md, last revision Nov 2024, the pages now published at
// https://learn.microsoft.com/azure/azure-monitor/reference/tables/<table>); plus the standard columns every
// Log Analytics table has (TenantId, Type, TimeGenerated, _ResourceId, _SubscriptionId, _BilledSize, _IsBillable).

import type { KqlTableSchema } from './types';

export const cloudTables: KqlTableSchema[] = [
  {
    name: 'SigninLogs',
    source: 'Azure Monitor Logs reference, signinlogs',
    columns: `
      AADTenantId:string AlternateSignInName:string AppDisplayName:string AppId:string
      AppliedConditionalAccessPolicies:string AppliedEventListeners:dynamic
      AuthenticationContextClassReferences:string AuthenticationDetails:string AuthenticationMethodsUsed:string
      AuthenticationProcessingDetails:string AuthenticationProtocol:string AuthenticationRequirement:string
      AuthenticationRequirementPolicies:string AutonomousSystemNumber:string _BilledSize:real Category:string
      ClientAppUsed:string ConditionalAccessPolicies:dynamic ConditionalAccessStatus:string CorrelationId:string
      CreatedDateTime:datetime CrossTenantAccessType:string DeviceDetail:dynamic DurationMs:long
      FlaggedForReview:bool HomeTenantId:string Id:string Identity:string IPAddress:string
      IPAddressFromResourceProvider:string _IsBillable:string IsInteractive:bool IsRisky:bool Level:string
      Location:string LocationDetails:dynamic MfaDetail:dynamic NetworkLocationDetails:string OperationName:string
      OperationVersion:string OriginalRequestId:string ProcessingTimeInMilliseconds:string Resource:string
      ResourceDisplayName:string ResourceGroup:string ResourceId:string ResourceIdentity:string
      ResourceProvider:string ResourceServicePrincipalId:string ResourceTenantId:string ResultDescription:string
      ResultSignature:string ResultType:string RiskDetail:string RiskEventTypes:string RiskEventTypes_V2:string
      RiskLevel:string RiskLevelAggregated:string RiskLevelDuringSignIn:string RiskState:string
      ServicePrincipalId:string ServicePrincipalName:string SessionLifetimePolicies:string SignInIdentifier:string
      SignInIdentifierType:string SourceSystem:string Status:dynamic TimeGenerated:datetime TokenIssuerName:string
      TokenIssuerType:string Type:string UniqueTokenIdentifier:string UserAgent:string UserDisplayName:string
      UserId:string UserPrincipalName:string UserType:string TenantId:string _ResourceId:string
      _SubscriptionId:string
    `,
  },
  {
    name: 'AADNonInteractiveUserSignInLogs',
    source: 'Azure Monitor Logs reference, aadnoninteractiveusersigninlogs',
    columns: `
      AlternateSignInName:string AppDisplayName:string AppId:string AppliedEventListeners:dynamic
      AuthenticationContextClassReferences:string AuthenticationDetails:string AuthenticationMethodsUsed:string
      AuthenticationProcessingDetails:string AuthenticationProtocol:string AuthenticationRequirement:string
      AuthenticationRequirementPolicies:string AutonomousSystemNumber:string _BilledSize:real Category:string
      ClientAppUsed:string ConditionalAccessPolicies:string ConditionalAccessStatus:string CorrelationId:string
      CreatedDateTime:datetime CrossTenantAccessType:string DeviceDetail:string DurationMs:long HomeTenantId:string
      Id:string Identity:string IPAddress:string _IsBillable:string IsInteractive:bool IsRisky:bool Level:string
      Location:string LocationDetails:string MfaDetail:string NetworkLocationDetails:string OperationName:string
      OperationVersion:string OriginalRequestId:string ProcessingTimeInMs:string ResourceDisplayName:string
      ResourceGroup:string ResourceIdentity:string ResourceServicePrincipalId:string ResourceTenantId:string
      ResultDescription:string ResultSignature:string ResultType:string RiskDetail:string RiskEventTypes:string
      RiskEventTypes_V2:string RiskLevelAggregated:string RiskLevelDuringSignIn:string RiskState:string
      ServicePrincipalId:string SessionLifetimePolicies:string SignInEventTypes:string SignInIdentifierType:string
      SourceSystem:string Status:string TenantId:string TimeGenerated:datetime TokenIssuerName:string
      TokenIssuerType:string Type:string UniqueTokenIdentifier:string UserAgent:string UserDisplayName:string
      UserId:string UserPrincipalName:string UserType:string _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'AuditLogs',
    source: 'Azure Monitor Logs reference, auditlogs',
    columns: `
      AADOperationType:string AADTenantId:string ActivityDateTime:datetime ActivityDisplayName:string
      AdditionalDetails:dynamic _BilledSize:real Category:string CorrelationId:string DurationMs:long Id:string
      Identity:string InitiatedBy:dynamic _IsBillable:string Level:string Location:string LoggedByService:string
      OperationName:string OperationVersion:string Resource:string ResourceGroup:string ResourceId:string
      ResourceProvider:string Result:string ResultDescription:string ResultReason:string ResultSignature:string
      ResultType:string SourceSystem:string TargetResources:dynamic TimeGenerated:datetime Type:string
      TenantId:string _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'AzureActivity',
    source: 'Azure Monitor Logs reference, azureactivity',
    columns: `
      ActivityStatus:string ActivityStatusValue:string ActivitySubstatus:string ActivitySubstatusValue:string
      Authorization:string Authorization_d:dynamic _BilledSize:real Caller:string CallerIpAddress:string
      Category:string CategoryValue:string Claims:string Claims_d:dynamic CorrelationId:string EventDataId:string
      EventSubmissionTimestamp:datetime Hierarchy:string HTTPRequest:string _IsBillable:string Level:string
      OperationId:string OperationName:string OperationNameValue:string Properties:string Properties_d:dynamic
      Resource:string ResourceGroup:string ResourceId:string _ResourceId:string ResourceProvider:string
      ResourceProviderValue:string SourceSystem:string SubscriptionId:string _SubscriptionId:string TenantId:string
      TimeGenerated:datetime Type:string
    `,
  },
  {
    name: 'OfficeActivity',
    source: 'Azure Monitor Logs reference, officeactivity',
    columns: `
      AADGroupId:string AADTarget:string Activity:string Actor:string ActorContextId:string ActorIpAddress:string
      AddOnGuid:string AddonName:string AddOnType:string AffectedItems:string AppDistributionMode:string
      AppId:string Application:string ApplicationId:string AppPoolName:string AzureActiveDirectory_EventType:string
      AzureADAppId:string _BilledSize:real ChannelGuid:string ChannelName:string ChannelType:string ChatName:string
      ChatThreadId:string Client:string Client_IPAddress:string ClientAppId:string ClientInfoString:string
      ClientIP:string ClientMachineName:string ClientProcessName:string ClientVersion:string
      CommunicationType:string CrossMailboxOperations:bool CustomEvent:string DataCenterSecurityEventType:int
      DestFolder:string DestinationFileExtension:string DestinationFileName:string DestinationRelativeUrl:string
      DestMailboxId:string DestMailboxOwnerMasterAccountSid:string DestMailboxOwnerSid:string
      DestMailboxOwnerUPN:string EffectiveOrganization:string ElevationApprovedTime:datetime
      ElevationApprover:string ElevationDuration:int ElevationRequestId:string ElevationRole:string
      ElevationTime:datetime Event_Data:string EventSource:string ExtendedProperties:string ExternalAccess:string
      ExtraProperties:dynamic Folder:string Folders:string GenericInfo:string InternalLogonType:int
      InterSystemsId:string IntraSystemId:string _IsBillable:string IsManagedDevice:bool Item:string ItemName:string
      ItemType:string LoginStatus:int Logon_Type:string LogonUserDisplayName:string LogonUserSid:string
      MachineDomainInfo:string MachineId:string MailboxGuid:string MailboxOwnerMasterAccountSid:string
      MailboxOwnerSid:string MailboxOwnerUPN:string Members:dynamic MessageId:string
      ModifiedObjectResolvedName:string ModifiedProperties:string Name:string NewValue:string OfficeId:string
      OfficeObjectId:string OfficeTenantId:string OfficeWorkload:string OldValue:string Operation:string
      OperationProperties:dynamic OperationScope:string OrganizationId:string OrganizationName:string
      OriginatingServer:string Parameters:string RecordType:string _ResourceId:string ResultReasonType:string
      ResultStatus:string SendAsUserMailboxGuid:string SendAsUserSmtp:string SendonBehalfOfUserMailboxGuid:string
      SendOnBehalfOfUserSmtp:string SharingType:string Site_:string Site_Url:string Source_Name:string
      SourceFileExtension:string SourceFileName:string SourceRecordId:string SourceRelativeUrl:string
      SourceSystem:string SRPolicyId:string SRPolicyName:string SRRuleMatchDetails:dynamic Start_Time:datetime
      _SubscriptionId:string SupportTicketId:string TabType:string TargetContextId:string TargetUserId:string
      TargetUserOrGroupName:string TargetUserOrGroupType:string TeamGuid:string TeamName:string TenantId:string
      TimeGenerated:datetime Type:string UserAgent:string UserDomain:string UserId:string UserKey:string
      UserSharedWith:string UserType:string
    `,
  },
  {
    name: 'AWSCloudTrail',
    source: 'Azure Monitor Logs reference, awscloudtrail',
    columns: `
      AdditionalEventData:string APIVersion:string AwsEventId:string AWSRegion:string AwsRequestId:string
      AwsRequestId_:string _BilledSize:real Category:string CidrIp:string CipherSuite:string
      ClientProvidedHostHeader:string DestinationPort:string EC2RoleDelivery:string ErrorCode:string
      ErrorMessage:string EventName:string EventSource:string EventTypeName:string EventVersion:string
      IpProtocol:string _IsBillable:string ManagementEvent:bool OperationName:string ReadOnly:bool
      RecipientAccountId:string RequestParameters:string Resources:string ResponseElements:string
      ServiceEventDetails:string SessionCreationDate:datetime SessionIssuerAccountId:string SessionIssuerArn:string
      SessionIssuerPrincipalId:string SessionIssuerType:string SessionIssuerUserName:string
      SessionMfaAuthenticated:bool SharedEventId:string SourceIpAddress:string SourcePort:string SourceSystem:string
      TenantId:string TimeGenerated:datetime TlsVersion:string Type:string UserAgent:string
      UserIdentityAccessKeyId:string UserIdentityAccountId:string UserIdentityArn:string
      UserIdentityInvokedBy:string UserIdentityPrincipalid:string UserIdentityType:string
      UserIdentityUserName:string VpcEndpointId:string _ResourceId:string _SubscriptionId:string
    `,
  },
  {
    name: 'GCPAuditLogs',
    source: 'Azure Monitor Logs reference, gcpauditlogs',
    columns: `
      AuthenticationInfo:dynamic AuthorizationInfo:dynamic _BilledSize:real GCPResourceName:string
      GCPResourceType:string InsertId:string _IsBillable:string LogName:string Metadata:dynamic MethodName:string
      NumResponseItems:string PrincipalEmail:string ProjectId:string Request:dynamic RequestMetadata:dynamic
      ResourceLocation:dynamic ResourceOriginalState:dynamic Response:dynamic ServiceData:dynamic ServiceName:string
      Severity:string SourceSystem:string Status:dynamic StatusMessage:string Subscription:string TenantId:string
      TimeGenerated:datetime Timestamp:datetime Type:string _ResourceId:string _SubscriptionId:string
    `,
  },
];
