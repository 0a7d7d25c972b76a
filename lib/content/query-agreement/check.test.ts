// The agreement between a Sigma rule and hand-written queries: values and field names, each finding located.
import { describe, expect, it } from 'vitest';
import { checkQueryAgreement, findValue } from './check';

const CLOUDTRAIL = `title: Access key for another user
id: 9b43daf3-1e4c-4072-b190-1f978b532ac3
logsource:
  product: aws
  service: cloudtrail
detection:
  selection:
    eventSource: iam.amazonaws.com
    eventName:
      - CreateAccessKey
      - UpdateAccessKey
  condition: selection
`;

const found = (rule: string, platform: 'splunk' | 'elastic' | 'qradar' | 'sentinel', text: string) =>
  checkQueryAgreement('rule.yml', rule, [{ platform, file: `q.${platform}`, text }]).map((e) => ({
    code: e.code,
    line: e.line,
    column: e.column,
    message: e.message,
  }));

describe('checkQueryAgreement', () => {
  it('passes a query naming every event and the SIEM field', () => {
    const spl = 'index=aws sourcetype=aws:cloudtrail eventName IN ("CreateAccessKey", "UpdateAccessKey")';
    expect(found(CLOUDTRAIL, 'splunk', spl)).toEqual([]);
  });

  it('names an event the query leaves out, with the place in the rule', () => {
    const spl = 'index=aws sourcetype=aws:cloudtrail eventName=CreateAccessKey';
    const [first, ...rest] = found(CLOUDTRAIL, 'splunk', spl);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ code: 'QUERY_VALUE_MISSING', line: 1, column: 1 });
    expect(first?.message).toContain('"UpdateAccessKey"');
    expect(first?.message).toContain('rule.yml:9:5');
  });

  it('does not count an event written only in a comment', () => {
    const esql = `FROM logs-aws.cloudtrail-*
// UpdateAccessKey is left to another rule
| WHERE event.action IN ("CreateAccessKey")`;
    expect(found(CLOUDTRAIL, 'elastic', esql).map((f) => f.code)).toEqual(['QUERY_VALUE_MISSING']);
  });

  it('points at a field the SIEM does not use where the query reads it', () => {
    const esql = `FROM logs-aws.cloudtrail-*
| WHERE eventName IN ("CreateAccessKey", "UpdateAccessKey")`;
    expect(found(CLOUDTRAIL, 'elastic', esql)).toEqual([
      expect.objectContaining({ code: 'QUERY_FIELD_NAME', line: 2, column: 9 }),
    ]);
  });

  it('accepts a second real name for the field (QRadar custom property)', () => {
    const aql = `SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Amazon AWS CloudTrail'
  AND "Cloud API Operation" IN ('CreateAccessKey', 'UpdateAccessKey')`;
    expect(found(CLOUDTRAIL, 'qradar', aql)).toEqual([]);
  });

  it('names a query that reads the events from another source', () => {
    const spl = 'index=aws sourcetype=cloudtrail_json eventName IN ("CreateAccessKey", "UpdateAccessKey")';
    expect(found(CLOUDTRAIL, 'splunk', spl).map((f) => f.code)).toEqual(['QUERY_SOURCE_MISSING']);
  });

  it('skips a rule whose source and values the query never names (a query for a sibling log source)', () => {
    const kql = 'SigninLogs | where ResultType == "50126"';
    expect(found(CLOUDTRAIL, 'sentinel', kql)).toEqual([]);
  });

  it('checks exclusions too: a filter value missing from the query is a finding', () => {
    const rule = `title: Role assigned
logsource:
  product: azure
  service: auditlogs
detection:
  selection:
    OperationName: Add member to role
  filter_pim:
    InitiatedBy|contains: MS-PIM
  condition: selection and not filter_pim
`;
    const kql = 'AuditLogs | where OperationName == "Add member to role"';
    const findings = found(rule, 'sentinel', kql);
    expect(findings.map((f) => f.code)).toEqual(['QUERY_VALUE_MISSING', 'QUERY_FIELD_NAME']);
    expect(findings[0]?.message).toContain('"MS-PIM"');
  });

  it('reads a nested field under the name each SIEM gives it', () => {
    const rule = `title: Forwarding
logsource:
  product: m365
  service: audit
detection:
  selection:
    Operation: Set-Mailbox
    Parameters.Name: ForwardingSmtpAddress
  condition: selection
`;
    const spl = `sourcetype=o365:management:activity Operation=Set-Mailbox 'Parameters{}.Name'=ForwardingSmtpAddress`;
    expect(found(rule, 'splunk', spl)).toEqual([]);
    const keyed =
      'FROM logs-o365.audit-* | WHERE event.action == "Set-Mailbox" AND o365.audit.Parameters.ForwardingSmtpAddress IS NOT NULL';
    expect(found(rule, 'elastic', keyed)).toEqual([]);
    const raw =
      'FROM logs-o365.audit-* | WHERE event.action == "Set-Mailbox" AND message LIKE "*ForwardingSmtpAddress*"';
    expect(found(rule, 'elastic', raw).map((f) => f.code)).toEqual(['QUERY_FIELD_NAME']);
  });

  it('reads KQL verbatim strings, whose backslashes escape nothing', () => {
    const rule = `title: Service
logsource:
  product: windows
  service: system
detection:
  selection:
    EventID: 7045
  condition: selection
`;
    const kql = `let Path = @"C:\\Temp\\";
Event | where EventLog == "System" and EventID == 7045`;
    expect(found(rule, 'sentinel', kql)).toEqual([]);
  });
});

describe('findValue', () => {
  it('finds a value as a whole word, ignoring case', () => {
    expect(findValue('eventName=createaccesskey', 'CreateAccessKey')).toBe(10);
    expect(findValue('eventName=CreateAccessKeyPair', 'CreateAccessKey')).toBe(-1);
  });

  it('does not take a phrase inside a longer phrase', () => {
    expect(findValue('"Privileged Authentication Administrator"', 'Authentication Administrator')).toBe(-1);
    expect(findValue('"Authentication Administrator"', 'Authentication Administrator')).toBe(1);
  });

  it('keeps case when asked', () => {
    expect(findValue('file.path', 'PATH', true)).toBe(-1);
    expect(findValue('type=PATH', 'PATH', true)).toBe(5);
  });
});
