// Where a Sigma field name lives in the event as the product itself writes it, for log sources whose usual Sigma
// names come from a mapped schema. SigmaHQ's Google Cloud rules say `gcp.audit.method_name` (Elastic's name), but an
// audit LogEntry holds `protoPayload.methodName`, or `data.protoPayload.methodName` once Pub/Sub wraps it. Sample
// events stay in the source's real shape and rules keep SigmaHQ's names: the matcher reads both. Data, not code:
// add a log source's names here.

export interface RawFieldTable {
  /** Matches a rule whose logsource has these values (a key left out matches anything). */
  logsource: { product?: string; service?: string; category?: string };
  /** Sigma field name -> the paths, in order, where the raw event may hold it. */
  fields: Readonly<Record<string, readonly string[]>>;
}

const gcpAudit = (name: string) => [`protoPayload.${name}`, `data.protoPayload.${name}`];

export const RAW_FIELDS: readonly RawFieldTable[] = [
  {
    logsource: { product: 'gcp', service: 'gcp.audit' },
    fields: {
      'gcp.audit.method_name': gcpAudit('methodName'),
      'gcp.audit.service_name': gcpAudit('serviceName'),
      'gcp.audit.resource_name': gcpAudit('resourceName'),
      'gcp.audit.authentication_info.principal_email': gcpAudit('authenticationInfo.principalEmail'),
      'gcp.audit.request_metadata.caller_ip': gcpAudit('requestMetadata.callerIp'),
      'gcp.audit.status.code': gcpAudit('status.code'),
    },
  },
];

/** The raw paths for each Sigma field of a rule with this logsource; empty when its names are the raw ones. */
export function rawFieldsFor(logsource: unknown): ReadonlyMap<string, readonly string[]> {
  const source = typeof logsource === 'object' && logsource !== null ? (logsource as Record<string, unknown>) : {};
  const map = new Map<string, readonly string[]>();
  for (const table of RAW_FIELDS) {
    const applies = Object.entries(table.logsource).every(([key, value]) => source[key] === value);
    if (!applies) continue;
    for (const [field, paths] of Object.entries(table.fields)) map.set(field, paths);
  }
  return map;
}
