// Google Cloud audit logs, Okta, Microsoft 365.
import { elastic, QID_NOTE, QRADAR_JSON_PAYLOAD, qradar, splunk } from './cloud-common';
import type { LogSourcePipeline } from './types';

export const SAAS_PIPELINES: readonly LogSourcePipeline[] = [
  {
    id: 'gcp-audit',
    family: 'gcp',
    logsource: { product: 'gcp', service: 'gcp.audit' },
    targets: {
      splunk: splunk('google:gcp:pubsub:message', 'Splunk Add-on for Google Cloud Platform', {
        'gcp.audit.method_name': 'data.protoPayload.methodName',
        'gcp.audit.service_name': 'data.protoPayload.serviceName',
        'gcp.audit.resource_name': 'data.protoPayload.resourceName',
        'gcp.audit.authentication_info.principal_email': 'data.protoPayload.authenticationInfo.principalEmail',
        '*': '{field}',
      }),
      sentinel: {
        dataSource: 'Google Cloud audit logs in the GCPAuditLogs table (Google Cloud Platform connector)',
        tables: ['GCPAuditLogs'],
        filters: [],
        fields: {
          'gcp.audit.method_name': 'MethodName',
          'gcp.audit.service_name': 'ServiceName',
          'gcp.audit.resource_name': 'ResourceName',
          'gcp.audit.authentication_info.principal_email': 'PrincipalEmail',
          'data.protoPayload.methodName': 'MethodName',
          'data.protoPayload.serviceName': 'ServiceName',
          'data.protoPayload.resource.type': 'GCPResourceType',
          'data.protoPayload.resourceName': 'ResourceName',
          'data.protoPayload.logName': 'LogName',
          'data.protoPayload.authenticationInfo.principalEmail': 'PrincipalEmail',
          'data.protoPayload.requestMetadata.callerIp': 'CallerIp',
        },
      },
      elastic: elastic('logs-gcp.audit-*', 'Google Cloud Platform (audit logs)', {
        'gcp.audit.method_name': 'event.action',
        'gcp.audit.service_name': 'service.name',
        'gcp.audit.resource_name': 'gcp.audit.resource_name',
        'gcp.audit.authentication_info.principal_email': 'gcp.audit.authentication_info.principal_email',
        'data.protoPayload.methodName': 'event.action',
        'data.protoPayload.serviceName': 'service.name',
        'data.protoPayload.resourceName': 'gcp.audit.resource_name',
        'data.protoPayload.logName': 'log.logger',
        'data.protoPayload.authenticationInfo.principalEmail': 'gcp.audit.authentication_info.principal_email',
        'data.protoPayload.requestMetadata.callerIp': 'source.ip',
        'data.protoPayload.authorizationInfo.permission': 'gcp.audit.authorization_info.permission',
        'data.protoPayload.authorizationInfo.granted': {
          name: 'gcp.audit.authorization_info.granted',
          type: 'boolean',
        },
      }),
      qradar: qradar('Google Cloud Audit Logs', {
        'gcp.audit.method_name': { expr: 'QIDNAME(qid)', note: QID_NOTE },
        'data.protoPayload.methodName': { expr: 'QIDNAME(qid)', note: QID_NOTE },
      }),
    },
  },
  {
    id: 'okta',
    family: 'okta',
    logsource: { product: 'okta', service: 'okta' },
    targets: {
      splunk: splunk('OktaIM2:log', 'Splunk Add-on for Okta Identity Cloud'),
      sentinel: {
        dataSource: 'Okta System Log in the Okta_CL table (Okta Single Sign-On connector)',
        tables: ['Okta_CL'],
        filters: [],
        fields: {
          eventType: 'eventType_s',
          legacyEventType: 'legacyEventType_s',
          displayMessage: 'displayMessage_s',
          'actor.alternateId': 'actor_alternateId_s',
          'actor.displayName': 'actor_displayName_s',
          'outcome.result': 'outcome_result_s',
          'outcome.reason': 'outcome_reason_s',
          'client.ipAddress': 'client_ipAddress_s',
          'debugContext.debugData.requestUri': 'debugContext_debugData_requestUri_s',
          'debugContext.debugData.behaviors': 'debugContext_debugData_behaviors_s',
          'debugContext.debugData.logOnlySecurityData': 'debugContext_debugData_logOnlySecurityData_s',
          'securityContext.isProxy': { name: 'securityContext_isProxy_b', type: 'boolean' },
          'target.displayName': {
            name: 'target_s',
            note: 'Okta_CL keeps the targets as one JSON text; the test runs on that text',
          },
        },
      },
      elastic: elastic('logs-okta.system-*', 'Okta', {
        eventType: 'event.action',
        displayMessage: 'okta.display_message',
        'actor.alternateId': 'okta.actor.alternate_id',
        'actor.displayName': 'okta.actor.display_name',
        'outcome.result': 'okta.outcome.result',
        'outcome.reason': 'okta.outcome.reason',
        'client.ipAddress': 'okta.client.ip',
        'debugContext.debugData.requestUri': 'okta.debug_context.debug_data.url',
        'debugContext.debugData.behaviors': 'okta.debug_context.debug_data.risk_behaviors',
        'securityContext.isProxy': { name: 'okta.security_context.is_proxy', type: 'boolean' },
        'target.displayName': 'okta.target.display_name',
      }),
      qradar: qradar('Okta', {
        eventType: { expr: 'QIDNAME(qid)', note: QID_NOTE },
        'client.ipAddress': { expr: 'sourceip' },
      }),
    },
  },
  {
    id: 'm365-audit',
    family: 'm365',
    logsource: { product: 'm365', service: 'audit' },
    targets: {
      // Parameters and OperationProperties are arrays of {Name, Value}; the add-on extracts them as Parameters{}.Name.
      splunk: splunk('o365:management:activity', 'Splunk Add-on for Microsoft Office 365', {
        'Parameters.*': 'Parameters{}.{rest}',
        'OperationProperties.*': 'OperationProperties{}.{rest}',
        '*': '{field}',
      }),
      sentinel: {
        dataSource: 'Microsoft 365 audit in the OfficeActivity table (Microsoft 365 connector)',
        tables: ['OfficeActivity'],
        filters: [],
        fields: {
          Operation: 'Operation',
          Workload: 'OfficeWorkload',
          ResultStatus: 'ResultStatus',
          UserId: 'UserId',
          ClientIP: 'ClientIP',
          ObjectId: 'OfficeObjectId',
          Parameters: 'Parameters',
          OperationProperties: 'OperationProperties',
          'Parameters.*': {
            name: 'Parameters',
            within: true,
            note: 'OfficeActivity keeps Parameters as the JSON text of its Name/Value pairs; the value is looked for in that text',
          },
          'OperationProperties.*': {
            name: 'OperationProperties',
            within: true,
            note: 'OfficeActivity keeps OperationProperties as the JSON text of its Name/Value pairs; the value is looked for in that text',
          },
        },
      },
      elastic: elastic('logs-o365.audit-*', 'Microsoft 365', {
        Operation: 'event.action',
        Workload: 'event.provider',
        ResultStatus: 'o365.audit.ResultStatus',
        UserId: 'o365.audit.UserId',
        ClientIP: 'client.ip',
        ObjectId: 'o365.audit.ObjectId',
        Parameters: 'o365.audit.Parameters',
        OperationProperties: 'o365.audit.OperationProperties',
      }),
      qradar: qradar('Microsoft Office 365', {
        Operation: { expr: 'QIDNAME(qid)', note: QID_NOTE },
        ClientIP: { expr: 'sourceip' },
        UserId: { expr: 'username' },
        'Parameters.*': QRADAR_JSON_PAYLOAD,
        'OperationProperties.*': QRADAR_JSON_PAYLOAD,
      }),
    },
  },
  {
    id: 'm365-threat-management',
    family: 'm365',
    logsource: { product: 'm365', service: 'threat_management' },
    targets: {
      splunk: splunk('o365:management:activity', 'Splunk Add-on for Microsoft Office 365'),
      sentinel: {
        dataSource: 'Microsoft 365 alerts in the SecurityAlert table',
        tables: ['SecurityAlert'],
        filters: [],
        fields: {
          eventName: {
            name: 'AlertName',
            note: "the alert's display name, which can differ from the policy's event name",
          },
          status: 'Status',
          eventSource: {
            name: 'ProductName',
            note: 'SecurityAlert names the product that raised the alert, not the Sigma event source',
          },
        },
      },
      elastic: elastic('logs-o365.audit-*', 'Microsoft 365', {
        eventName: {
          name: 'event.action',
          note: 'the alert policy name is in event.action only for AlertEntityGenerated records',
        },
        eventSource: 'event.provider',
        status: 'o365.audit.Status',
      }),
      qradar: qradar('Microsoft Office 365', { eventName: { expr: 'QIDNAME(qid)', note: QID_NOTE } }),
    },
  },
];
