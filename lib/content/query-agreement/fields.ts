// Which Sigma fields a hand-written query must agree with its rule on, per log-source pipeline (ids of
// lib/sigma/convert/pipelines): every value the rule tests these fields for must be written in each SIEM's query, and
// the query must read the field under the name the pipeline gives it for that SIEM. They are the fields that say
// which event it is (API call, operation, Event ID, record type) and the few that carry an exclusion or a scope
// every SIEM must repeat; free-text fields (command lines, paths) are left to the samples and the reviewers.
import type { QueryPlatform } from '../../query-check';

export const AGREEMENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'aws-cloudtrail': ['eventName'],
  'azure-activitylogs': ['operationName', 'OperationNameValue'],
  'azure-auditlogs': ['OperationName', 'ActivityDisplayName', 'properties.message', 'TargetResources', 'InitiatedBy'],
  'gcp-audit': ['gcp.audit.method_name', 'data.protoPayload.methodName'],
  okta: ['eventType'],
  'm365-audit': ['Operation', 'Parameters.Name'],
  'windows-security': ['EventID'],
  'windows-system': ['EventID'],
  'windows-application': ['EventID'],
  'linux-auditd': ['type'],
};

/**
 * Names a SIEM's query may use for a field besides the pipeline's own, where the pipeline's choice is one of several
 * real ones: QRadar's DSMs parse the API operation of cloud logs into the "Cloud API Operation" property as well as
 * naming the event (QIDNAME), and keep the raw JSON of a record in its payload.
 */
export const ALSO_ACCEPTED: Readonly<
  Record<string, Partial<Record<QueryPlatform, Readonly<Record<string, readonly string[]>>>>>
> = {
  'aws-cloudtrail': { qradar: { eventName: ['"Cloud API Operation"'] } },
  'azure-activitylogs': {
    qradar: { operationName: ['"Cloud API Operation"'], OperationNameValue: ['"Cloud API Operation"'] },
    // The integration writes the operation to ECS event.action as well.
    elastic: { operationName: ['event.action'], OperationNameValue: ['event.action'] },
  },
  okta: { qradar: { eventType: ['"Okta Event Type"'] } },
  // Nested values each SIEM splits into fields of its own: a query reads the part it needs.
  'azure-auditlogs': {
    qradar: { OperationName: ['"Cloud API Operation"'], 'properties.message': ['"Cloud API Operation"'] },
    splunk: { TargetResources: ['properties.targetResources{}'], InitiatedBy: ['properties.initiatedBy'] },
    elastic: {
      TargetResources: ['azure.auditlogs.properties.target_resources'],
      InitiatedBy: ['azure.auditlogs.properties.initiated_by'],
    },
  },
  // Parameters is an array of Name/Value pairs: Splunk walks it with spath path=Parameters{}; Elastic's integration
  // turns it into an object keyed by each Name (o365.audit.Parameters.ForwardTo).
  'm365-audit': {
    splunk: { 'Parameters.Name': ['Parameters{}'] },
    elastic: { 'Parameters.Name': ['o365.audit.Parameters'] },
  },
  'gcp-audit': {
    qradar: {
      'gcp.audit.method_name': ['"Cloud API Operation"'],
      'data.protoPayload.methodName': ['"Cloud API Operation"'],
    },
  },
};

/**
 * Where a SIEM may also read a log source, besides the pipeline's tables: another add-on's sourcetype for the same
 * log, a parser function over the pipeline's table.
 */
export const ALSO_SOURCES: Readonly<Record<string, Partial<Record<QueryPlatform, readonly string[]>>>> = {
  // The Splunk Add-on for Microsoft Cloud Services reads the Activity Log from an Event Hub; the Microsoft Azure
  // Add-on for Splunk reads it from the REST API as azure:monitor:activity.
  'azure-activitylogs': { splunk: ['azure:monitor:activity'] },
  // The Okta solution's OktaSSO parser reads Okta_CL and OktaV2_CL with the same columns.
  okta: { sentinel: ['OktaSSO', 'OktaV2_CL'] },
};
