import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileRule, type SigmaRuleObject } from './match';
import { rawFieldsFor } from './raw-fields';

const rule = (logsource: string, selection: string) =>
  compileRule(
    parse(`logsource: ${logsource}
detection:
  selection:
${selection}
  condition: selection
`) as SigmaRuleObject,
  );

const logEntry = {
  protoPayload: { serviceName: 'iam.googleapis.com', methodName: 'google.iam.admin.v1.CreateServiceAccountKey' },
};
const pubsub = { data: logEntry };
const elastic = { 'gcp.audit.method_name': 'google.iam.admin.v1.CreateServiceAccountKey' };

describe('raw field names', () => {
  const gcp = rule(
    '{ product: gcp, service: gcp.audit }',
    '    gcp.audit.method_name|endswith: CreateServiceAccountKey\n    gcp.audit.service_name: iam.googleapis.com',
  );

  it("read SigmaHQ's Google Cloud names from a LogEntry, a Pub/Sub message or an event already renamed", () => {
    expect(gcp.matches(logEntry)).toBe(true);
    expect(gcp.matches(pubsub)).toBe(true);
    expect(gcp.matches({ ...elastic, 'gcp.audit.service_name': 'iam.googleapis.com' })).toBe(true);
    expect(gcp.matches({ protoPayload: { ...logEntry.protoPayload, methodName: 'SetIamPolicy' } })).toBe(false);
  });

  it('apply only to the log source they belong to', () => {
    const other = rule(
      '{ product: aws, service: cloudtrail }',
      '    gcp.audit.method_name|endswith: ServiceAccountKey',
    );
    expect(other.matches(logEntry)).toBe(false);
    expect(rawFieldsFor({ product: 'gcp' }).size).toBe(0);
    expect(rawFieldsFor({ product: 'gcp', service: 'gcp.audit' }).get('gcp.audit.method_name')).toEqual([
      'protoPayload.methodName',
      'data.protoPayload.methodName',
    ]);
  });
});
