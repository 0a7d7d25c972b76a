// Okta System Log as Sentinel's Okta Single Sign-On solution stores it.
// Sources (read 2026-12), all in Azure/Azure-Sentinel, "Solutions/Okta Single Sign-On":
// - OktaV2_CL (the codeless connector, connector id OktaSSOv2): Data Connectors/OktaNativePollerConnectorV2/
//   OktaSSOv2_Tables.json, the table's declared columns.
// - Okta_CL (the older Azure Functions connector, HTTP Data Collector API suffixes _s, _d, _b, _g): the columns that
//   Parsers/OktaSSO.yaml declares for it; the OktaSSO parser function returns the same shape over both tables.
// Plus the standard columns every Log Analytics table has.

import type { KqlTableSchema } from './types';

const OKTA_V1_COLUMNS = `
      actor_alternateId_s:string actor_detailEntry_s:string actor_displayName_s:string actor_id_s:string
      actor_type_s:string authenticationContext_authenticationProvider_s:string
      authenticationContext_authenticationStep_d:real authenticationContext_credentialProvider_s:string
      authenticationContext_credentialType_s:string authenticationContext_externalSessionId_s:string
      authenticationContext_interface_s:string authenticationContext_issuerId_s:string
      authenticationContext_issuerType_s:string client_device_s:string client_geographicalContext_city_s:string
      client_geographicalContext_country_s:string client_geographicalContext_geolocation_lat_d:real
      client_geographicalContext_geolocation_lon_d:real client_geographicalContext_postalCode_s:string
      client_geographicalContext_state_s:string client_id_s:string client_ipAddress_s:string
      client_userAgent_browser_s:string client_userAgent_os_s:string client_userAgent_rawUserAgent_s:string
      client_zone_s:string debugContext_debugData_s:string displayMessage_s:string eventType_s:string
      legacyEventType_s:string uuid_g:string outcome_reason_s:string outcome_result_s:string request_ipChain_s:string
      securityContext_asNumber_d:real securityContext_asOrg_s:string securityContext_domain_s:string
      securityContext_isp_s:string securityContext_isProxy_b:bool severity_s:string target_s:string
      transaction_details_s:string transaction_id_s:string transaction_type_s:string version_s:string
      TenantId:string Type:string TimeGenerated:datetime _ResourceId:string _SubscriptionId:string _BilledSize:real
      _IsBillable:string
    `;

export const oktaTables: KqlTableSchema[] = [
  {
    name: 'OktaV2_CL',
    source: 'Azure-Sentinel, Okta Single Sign-On, OktaSSOv2_Tables.json',
    columns: `
      ActingAppName:string ActingAppType:string ActorDetailEntry:dynamic ActorDisplayName:string ActorSessionId:string
      ActorUserId:string ActorUserIdType:string ActorUsername:string ActorUsernameType:string ActorUserType:string
      AuthenticationContextAuthenticationProvider:string AuthenticationContextAuthenticationStep:int
      AuthenticationContextCredentialProvider:string AuthenticationContextInterface:string
      AuthenticationContextIssuerId:string AuthenticationContextIssuerType:string DebugData:dynamic DvcAction:string
      EventMessage:string EventOriginalResultDetails:string EventOriginalType:string EventOriginalUid:string
      EventResult:string EventSeverity:string HttpUserAgent:string LegacyEventType:string LogonMethod:string
      OriginalActorAlternateId:string OriginalClientDevice:string OriginalOutcomeResult:string OriginalSeverity:string
      OriginalTarget:dynamic OriginalUserId:string OriginalUserType:string Request:dynamic
      SecurityContextAsNumber:int SecurityContextAsOrg:string SecurityContextDomain:string
      SecurityContextIsProxy:bool SrcDeviceType:string SrcDvcId:string SrcDvcOs:string SrcGeoCity:string
      SrcGeoCountry:string SrcGeoLatitude:real SrcGeoLongtitude:real SrcGeoPostalCode:string SrcGeoRegion:string
      SrcIpAddr:string SrcIsp:string SrcZone:string TimeGenerated:datetime TransactionDetail:dynamic
      TransactionId:string TransactionType:string Version:string SrcDvcIdType:string
      TenantId:string Type:string _ResourceId:string _SubscriptionId:string _BilledSize:real _IsBillable:string
    `,
  },
  {
    name: 'Okta_CL',
    source: 'Azure-Sentinel, Okta Single Sign-On, Parsers/OktaSSO.yaml',
    columns: OKTA_V1_COLUMNS,
  },
];

/** The OktaSSO parser function: Okta_CL's shape over both connectors' tables. */
export const oktaParser: KqlTableSchema = {
  name: 'OktaSSO',
  source: 'Azure-Sentinel, Okta Single Sign-On, Parsers/OktaSSO.yaml',
  columns: OKTA_V1_COLUMNS,
};
