import { describe, expect, it } from 'vitest';
import { checkQuery } from '../index';
import { expectClean, expectErrorAt } from '../test-support';

// Queries written from Microsoft's KQL and Sentinel table documentation.
describe('KQL checked by the Kusto language service with Sentinel schemas', () => {
  it.each([
    'SecurityEvent | where EventID == 4688 and CommandLine has_any ("vssadmin", "wmic") | project TimeGenerated, Computer, Account',
    'SigninLogs | where ResultType != "0" | summarize Failures = count() by UserPrincipalName, bin(TimeGenerated, 1h)',
    'AuditLogs | where OperationName == "Add member to role" | extend Target = tostring(TargetResources[0].userPrincipalName)',
    'AzureActivity | where OperationNameValue =~ "MICROSOFT.COMPUTE/SNAPSHOTS/WRITE" | project Caller, CallerIpAddress, _ResourceId',
    'AWSCloudTrail | where EventName == "CreateAccessKey" | extend P = parse_json(RequestParameters) | project UserIdentityArn, tostring(P.userName)',
    'GCPAuditLogs | where MethodName endswith "setIamPolicy" | project PrincipalEmail, ProjectId, tostring(RequestMetadata.callerIp)',
    'DeviceProcessEvents | where Timestamp > ago(1d) and FileName =~ "rundll32.exe" | where ProcessCommandLine matches regex @"(?i)comsvcs\\.dll"',
    'DeviceNetworkEvents | where ipv4_is_in_range(RemoteIP, "10.0.0.0/8") | project DeviceName, RemoteIP, RemotePort, InitiatingProcessFileName',
    'OfficeActivity | where Operation in ("New-InboxRule", "Set-InboxRule") | project UserId, ClientIP, Parameters',
    'Syslog | where Facility == "authpriv" and SyslogMessage has "Failed password" | project Computer, HostIP',
    'imProcessCreate(commandline_has_any=dynamic(["whoami"])) | where CommandLine has "whoami" | project Dvc, User, Process',
    '_Im_Authentication(starttime=ago(1d)) | where EventResult == "Failure" | summarize count() by TargetUsername, SrcIpAddr',
    'OktaV2_CL | where EventOriginalType == "user.mfa.factor.deactivate" | project TimeGenerated, ActorUsername, SrcIpAddr',
    'Okta_CL | where eventType_s == "user.session.start" and outcome_result_s == "FAILURE"',
    'let Watch = dynamic(["a", "b"]);\nCommonSecurityLog | where DeviceVendor in (Watch) | where ingestion_time() > ago(20m)',
    'SecurityEvent | where EventID == 4625 | extend D = todynamic(EventData) | evaluate bag_unpack(D)',
  ])('accepts %s', (query) => {
    expectClean('sentinel', query);
  });

  it('names an unknown column where it is', () => {
    expectErrorAt('sentinel', 'SecurityEvent\n| where EventId == 4688', {
      line: 2,
      column: 9,
      code: 'KS142',
      message: "'EventId'",
    });
  });

  it('names an unknown table', () => {
    expectErrorAt('sentinel', 'SecurityEvents | take 10', {
      line: 1,
      column: 1,
      code: 'KS204',
      message: 'SecurityEvents',
    });
  });

  it('names an unknown function', () => {
    expectErrorAt('sentinel', 'Syslog | where is_empty(SyslogMessage)', { line: 1, column: 16, code: 'KS211' });
  });

  it('refuses an ASIM parameter the parser does not declare', () => {
    expectErrorAt('sentinel', 'imProcessCreate(cmdline_has_any=dynamic(["x"]))', {
      line: 1,
      column: 17,
      code: 'KS196',
    });
  });

  it('refuses a column of another table', () => {
    expectErrorAt('sentinel', 'SigninLogs | where EventID == 4624', { line: 1, column: 20, code: 'KS142' });
  });

  it('finds a syntax error at its line and column', () => {
    // The service places a missing operand where it was due: the end of line 2.
    expectErrorAt('sentinel', 'AzureActivity\n| where Caller == "x" and\n| take 1', {
      line: 2,
      column: 26,
      code: 'KS006',
    });
  });

  it('finds an unclosed string where the service expects its closing quote', () => {
    expectErrorAt('sentinel', 'Syslog | where HostName == "web01 | take 1', { line: 1, column: 43, code: 'KS001' });
  });

  it('finds an unclosed parenthesis', () => {
    const findings = checkQuery('sentinel', 'Syslog | where (HostName == "a" or HostName == "b" | take 1');
    expect(findings.some((f) => f.severity === 'error' && f.code === 'KS005')).toBe(true);
  });

  it('checks syntax alone when semantic analysis is off', () => {
    expect(checkQuery('sentinel', 'MyCustom_CL | where Foo == 1', { semantic: false })).toEqual([]);
    expect(checkQuery('sentinel', 'MyCustom_CL | where Foo == 1')[0]?.code).toBe('KS204');
  });

  it('reports a fuzzy union member that names no table as a warning', () => {
    const findings = checkQuery('sentinel', 'union isfuzzy=true SecurityEvent, (NoSuchTable | take 1)');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', line: 1, column: 36 })]);
  });
});
