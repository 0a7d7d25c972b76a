// Round trips through the log-source pipelines: one rule per log-source family, the exact query each SIEM gets,
// the tables it reads and the fields no pipeline maps (each one a FIELD_UNMAPPED warning, never passed silently).
import { describe, expect, it } from 'vitest';
import { codes, convertDetection } from './test-support';
import { TARGETS, type Target } from './types';

interface Expected {
  query: string;
  tables: string[];
  unmapped: string[];
}

const FAMILIES: Array<{
  family: string;
  logsource: Record<string, string>;
  detection: string;
  expected: Record<Target, Expected>;
}> = [
  {
    family: 'windows process_creation',
    logsource: { product: 'windows', category: 'process_creation' },
    detection: String.raw`sel:
  Image|endswith: '\certutil.exe'
  CommandLine|contains: urlcache
  ParentImage|endswith: '\cmd.exe'
condition: sel`,
    expected: {
      qradar: {
        query: String.raw`SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Windows Security Event Log' AND "Event ID" = 1 AND "Process Path" ILIKE '%\certutil.exe' AND "Command" ILIKE '%urlcache%' AND "Parent Process Path" ILIKE '%\cmd.exe'`,
        tables: ['Microsoft Windows Security Event Log'],
        unmapped: [],
      },
      splunk: {
        query: String.raw`source="XmlWinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode=1 Image="*\\certutil.exe" AND CommandLine="*urlcache*" AND ParentImage="*\\cmd.exe"`,
        tables: ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational'],
        unmapped: [],
      },
      sentinel: {
        query: String.raw`DeviceProcessEvents
| where FolderPath endswith "\\certutil.exe" and ProcessCommandLine contains "urlcache" and InitiatingProcessFolderPath endswith "\\cmd.exe"`,
        tables: ['DeviceProcessEvents'],
        unmapped: [],
      },
      elastic: {
        query: String.raw`FROM logs-windows.sysmon_operational-*
| WHERE event.code == "1" AND ENDS_WITH(TO_LOWER(process.executable), """\certutil.exe""") AND TO_LOWER(process.command_line) LIKE "*urlcache*" AND ENDS_WITH(TO_LOWER(process.parent.executable), """\cmd.exe""")`,
        tables: ['logs-windows.sysmon_operational-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'windows security',
    logsource: { product: 'windows', service: 'security' },
    detection: `sel:
  EventID: 4624
  LogonType: 10
  TargetUserName|endswith: '$'
condition: sel`,
    expected: {
      qradar: {
        query:
          'SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = \'Microsoft Windows Security Event Log\' AND "Event ID" = 4624 AND "Logon Type" = 10 AND "Target Username" ILIKE \'%$\'',
        tables: ['Microsoft Windows Security Event Log'],
        unmapped: [],
      },
      splunk: {
        query: 'source="XmlWinEventLog:Security" EventCode=4624 AND LogonType=10 AND TargetUserName="*$"',
        tables: ['XmlWinEventLog:Security'],
        unmapped: [],
      },
      sentinel: {
        query: `SecurityEvent
| where EventID == 4624 and LogonType == 10 and TargetUserName endswith "$"`,
        tables: ['SecurityEvent'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-system.security-*
| WHERE event.code == "4624" AND winlog.event_data.LogonType == "10" AND ENDS_WITH(TO_LOWER(winlog.event_data.TargetUserName), "$")`,
        tables: ['logs-system.security-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'windows ps_script',
    logsource: { product: 'windows', category: 'ps_script' },
    detection: `sel:
  ScriptBlockText|contains: 'Invoke-Mimikatz'
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Windows Security Event Log' AND \"Event ID\" = 4104 AND UTF8(payload) ILIKE '%Invoke-Mimikatz%'",
        tables: ['Microsoft Windows Security Event Log'],
        unmapped: [],
      },
      splunk: {
        query:
          'source="XmlWinEventLog:Microsoft-Windows-PowerShell/Operational" EventCode=4104 ScriptBlockText="*Invoke-Mimikatz*"',
        tables: ['XmlWinEventLog:Microsoft-Windows-PowerShell/Operational'],
        unmapped: [],
      },
      sentinel: {
        query: `Event
| where EventLog == "Microsoft-Windows-PowerShell/Operational"
| where EventID == 4104
| where RenderedDescription contains "Invoke-Mimikatz"`,
        tables: ['Event'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-windows.powershell_operational-*
| WHERE event.code == "4104" AND TO_LOWER(powershell.file.script_block_text) LIKE "*invoke-mimikatz*"`,
        tables: ['logs-windows.powershell_operational-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'windows registry_set',
    logsource: { product: 'windows', category: 'registry_set' },
    detection: String.raw`sel:
  TargetObject|contains: '\CurrentVersion\Run\'
  Details|contains: 'AppData'
condition: sel`,
    expected: {
      qradar: {
        query: String.raw`SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Windows Security Event Log' AND "Event ID" = 13 AND "Object Name" ILIKE '%\CurrentVersion\Run\%' AND "Details" ILIKE '%AppData%'`,
        tables: ['Microsoft Windows Security Event Log'],
        unmapped: ['Details'],
      },
      splunk: {
        query: String.raw`source="XmlWinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode=13 TargetObject="*\\CurrentVersion\\Run\\*" AND Details="*AppData*"`,
        tables: ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational'],
        unmapped: [],
      },
      sentinel: {
        query: String.raw`DeviceRegistryEvents
| where ActionType == "RegistryValueSet"
| where RegistryKey contains "\\CurrentVersion\\Run\\" and RegistryValueData contains "AppData"`,
        tables: ['DeviceRegistryEvents'],
        unmapped: [],
      },
      elastic: {
        query: String.raw`FROM logs-windows.sysmon_operational-*
| WHERE event.code == "13" AND TO_LOWER(registry.path) LIKE """*\\currentversion\\run\\*""" AND TO_LOWER(registry.data.strings) LIKE "*appdata*"`,
        tables: ['logs-windows.sysmon_operational-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'windows network_connection',
    logsource: { product: 'windows', category: 'network_connection' },
    detection: String.raw`sel:
  Image|endswith: '\rundll32.exe'
  DestinationPort: 4444
condition: sel`,
    expected: {
      qradar: {
        query: String.raw`SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Windows Security Event Log' AND "Event ID" = 3 AND "Process Path" ILIKE '%\rundll32.exe' AND destinationport = 4444`,
        tables: ['Microsoft Windows Security Event Log'],
        unmapped: [],
      },
      splunk: {
        query: String.raw`source="XmlWinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode=3 Image="*\\rundll32.exe" AND DestinationPort=4444`,
        tables: ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational'],
        unmapped: [],
      },
      sentinel: {
        query: String.raw`DeviceNetworkEvents
| where InitiatingProcessFolderPath endswith "\\rundll32.exe" and RemotePort == 4444`,
        tables: ['DeviceNetworkEvents'],
        unmapped: [],
      },
      elastic: {
        query: String.raw`FROM logs-windows.sysmon_operational-*
| WHERE event.code == "3" AND ENDS_WITH(TO_LOWER(process.executable), """\rundll32.exe""") AND destination.port == 4444`,
        tables: ['logs-windows.sysmon_operational-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'windows dns_query',
    logsource: { product: 'windows', category: 'dns_query' },
    detection: `sel:
  QueryName|endswith: '.onion'
condition: sel`,
    expected: {
      qradar: {
        query:
          'SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = \'Microsoft Windows Security Event Log\' AND "Event ID" = 22 AND "QueryName" ILIKE \'%.onion\'',
        tables: ['Microsoft Windows Security Event Log'],
        unmapped: ['QueryName'],
      },
      splunk: {
        query: 'source="XmlWinEventLog:Microsoft-Windows-Sysmon/Operational" EventCode=22 QueryName="*.onion"',
        tables: ['XmlWinEventLog:Microsoft-Windows-Sysmon/Operational'],
        unmapped: [],
      },
      sentinel: {
        query: `DeviceEvents
| where ActionType == "DnsQueryResponse"
| extend QueryName = tostring(parse_json(AdditionalFields).DnsQueryString)
| where QueryName endswith ".onion"`,
        tables: ['DeviceEvents'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-windows.sysmon_operational-*
| WHERE event.code == "22" AND ENDS_WITH(TO_LOWER(dns.question.name), ".onion")`,
        tables: ['logs-windows.sysmon_operational-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'linux process_creation',
    logsource: { product: 'linux', category: 'process_creation' },
    detection: `sel:
  Image|endswith: '/base64'
  CommandLine|contains: ' -d'
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Linux OS' AND \"Image\" ILIKE '%/base64' AND \"CommandLine\" ILIKE '% -d%'",
        tables: ['Linux OS'],
        unmapped: ['Image', 'CommandLine'],
      },
      splunk: {
        query: 'sourcetype="sysmon:linux" EventID=1 Image="*/base64" AND CommandLine="* -d*"',
        tables: ['sysmon:linux'],
        unmapped: [],
      },
      sentinel: {
        query: `DeviceProcessEvents
| where FolderPath endswith "/base64" and ProcessCommandLine contains " -d"`,
        tables: ['DeviceProcessEvents'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-endpoint.events.process-*
| WHERE host.os.type == "linux" AND ENDS_WITH(TO_LOWER(process.executable), "/base64") AND TO_LOWER(process.command_line) LIKE "* -d*"`,
        tables: ['logs-endpoint.events.process-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'linux auditd',
    logsource: { product: 'linux', service: 'auditd' },
    detection: `sel:
  type: EXECVE
  a0: chattr
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Linux OS' AND UTF8(payload) ILIKE '%EXECVE%' AND UTF8(payload) ILIKE '%chattr%'",
        tables: ['Linux OS'],
        unmapped: [],
      },
      splunk: {
        query: 'sourcetype IN ("auditd", "linux_audit", "linux:audit") type="EXECVE" AND a0="chattr"',
        tables: ['auditd', 'linux_audit', 'linux:audit'],
        unmapped: [],
      },
      sentinel: {
        query: String.raw`Syslog
| extend ['type'] = extract(@'(?:^|\s)type="?([^"\s]*)', 1, SyslogMessage), a0 = extract(@'(?:^|\s)a0="?([^"\s]*)', 1, SyslogMessage)
| where ['type'] =~ "EXECVE" and a0 =~ "chattr"`,
        tables: ['Syslog'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-auditd.log-*
| WHERE TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "execve" AND TO_LOWER(COALESCE(auditd.log.a0, process.executable)) == "chattr"`,
        tables: ['logs-auditd.log-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'aws cloudtrail',
    logsource: { product: 'aws', service: 'cloudtrail' },
    detection: `sel:
  eventSource: iam.amazonaws.com
  eventName: CreateAccessKey
  userIdentity.type: Root
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Amazon AWS CloudTrail' AND LOWER(\"eventSource\") = 'iam.amazonaws.com' AND LOWER(QIDNAME(qid)) = 'createaccesskey' AND LOWER(\"userIdentity.type\") = 'root'",
        tables: ['Amazon AWS CloudTrail'],
        unmapped: ['eventSource', 'userIdentity.type'],
      },
      splunk: {
        query:
          'sourcetype="aws:cloudtrail" eventSource="iam.amazonaws.com" AND eventName="CreateAccessKey" AND userIdentity.type="Root"',
        tables: ['aws:cloudtrail'],
        unmapped: [],
      },
      sentinel: {
        query: `AWSCloudTrail
| where EventSource =~ "iam.amazonaws.com" and EventName =~ "CreateAccessKey" and UserIdentityType =~ "Root"`,
        tables: ['AWSCloudTrail'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-aws.cloudtrail-*
| WHERE TO_LOWER(event.provider) == "iam.amazonaws.com" AND TO_LOWER(event.action) == "createaccesskey" AND TO_LOWER(aws.cloudtrail.user_identity.type) == "root"`,
        tables: ['logs-aws.cloudtrail-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'azure activitylogs',
    logsource: { product: 'azure', service: 'activitylogs' },
    detection: `sel:
  operationName|startswith: 'MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/'
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Azure Platform' AND QIDNAME(qid) ILIKE 'MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/%'",
        tables: ['Microsoft Azure Platform'],
        unmapped: [],
      },
      splunk: {
        query: 'sourcetype="mscs:azure:eventhub" operationName="MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/*"',
        tables: ['mscs:azure:eventhub'],
        unmapped: [],
      },
      sentinel: {
        query: `AzureActivity
| where OperationNameValue startswith "MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/"`,
        tables: ['AzureActivity'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-azure.activitylogs-*
| WHERE STARTS_WITH(TO_LOWER(azure.activitylogs.operation_name), "microsoft.network/networksecuritygroups/")`,
        tables: ['logs-azure.activitylogs-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'azure signinlogs',
    logsource: { product: 'azure', service: 'signinlogs' },
    detection: `sel:
  ResultType: 50126
  userAgent|contains: python
condition: sel`,
    expected: {
      qradar: {
        query:
          'SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = \'Microsoft Azure Platform\' AND "ResultType" = 50126 AND "userAgent" ILIKE \'%python%\'',
        tables: ['Microsoft Azure Platform'],
        unmapped: ['ResultType', 'userAgent'],
      },
      splunk: {
        query: 'sourcetype="azure:monitor:aad" properties.status.errorCode=50126 AND properties.userAgent="*python*"',
        tables: ['azure:monitor:aad'],
        unmapped: [],
      },
      sentinel: {
        query: `SigninLogs
| where tostring(ResultType) == "50126" and UserAgent contains "python"`,
        tables: ['SigninLogs'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-azure.signinlogs-*
| WHERE azure.signinlogs.result_type == "50126" AND TO_LOWER(user_agent.original) LIKE "*python*"`,
        tables: ['logs-azure.signinlogs-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'azure auditlogs',
    logsource: { product: 'azure', service: 'auditlogs' },
    detection: `sel:
  OperationName: Add member to role
  LoggedByService: Core Directory
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Azure Platform' AND LOWER(QIDNAME(qid)) = 'add member to role' AND LOWER(\"LoggedByService\") = 'core directory'",
        tables: ['Microsoft Azure Platform'],
        unmapped: ['LoggedByService'],
      },
      splunk: {
        query:
          'sourcetype="azure:monitor:aad" operationName="Add member to role" AND properties.loggedByService="Core Directory"',
        tables: ['azure:monitor:aad'],
        unmapped: [],
      },
      sentinel: {
        query: `AuditLogs
| where OperationName =~ "Add member to role" and LoggedByService =~ "Core Directory"`,
        tables: ['AuditLogs'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-azure.auditlogs-*
| WHERE TO_LOWER(azure.auditlogs.operation_name) == "add member to role" AND TO_LOWER(azure.auditlogs.properties.logged_by_service) == "core directory"`,
        tables: ['logs-azure.auditlogs-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'gcp audit',
    logsource: { product: 'gcp', service: 'gcp.audit' },
    detection: `sel:
  gcp.audit.method_name: v1.compute.firewalls.delete
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Google Cloud Audit Logs' AND LOWER(QIDNAME(qid)) = 'v1.compute.firewalls.delete'",
        tables: ['Google Cloud Audit Logs'],
        unmapped: [],
      },
      splunk: {
        query: 'sourcetype="google:gcp:pubsub:message" data.protoPayload.methodName="v1.compute.firewalls.delete"',
        tables: ['google:gcp:pubsub:message'],
        unmapped: [],
      },
      sentinel: {
        query: `GCPAuditLogs
| where MethodName =~ "v1.compute.firewalls.delete"`,
        tables: ['GCPAuditLogs'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-gcp.audit-*
| WHERE TO_LOWER(event.action) == "v1.compute.firewalls.delete"`,
        tables: ['logs-gcp.audit-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'okta',
    logsource: { product: 'okta', service: 'okta' },
    detection: `sel:
  eventType: user.mfa.factor.deactivate
  outcome.result: SUCCESS
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Okta' AND LOWER(QIDNAME(qid)) = 'user.mfa.factor.deactivate' AND LOWER(\"outcome.result\") = 'success'",
        tables: ['Okta'],
        unmapped: ['outcome.result'],
      },
      splunk: {
        query: 'sourcetype="OktaIM2:log" eventType="user.mfa.factor.deactivate" AND outcome.result="SUCCESS"',
        tables: ['OktaIM2:log'],
        unmapped: [],
      },
      sentinel: {
        query: `Okta_CL
| where eventType_s =~ "user.mfa.factor.deactivate" and outcome_result_s =~ "SUCCESS"`,
        tables: ['Okta_CL'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-okta.system-*
| WHERE TO_LOWER(event.action) == "user.mfa.factor.deactivate" AND TO_LOWER(okta.outcome.result) == "success"`,
        tables: ['logs-okta.system-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'm365 audit',
    logsource: { product: 'm365', service: 'audit' },
    detection: `sel:
  Operation: New-InboxRule
  Workload: Exchange
condition: sel`,
    expected: {
      qradar: {
        query:
          "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Office 365' AND LOWER(QIDNAME(qid)) = 'new-inboxrule' AND LOWER(\"Workload\") = 'exchange'",
        tables: ['Microsoft Office 365'],
        unmapped: ['Workload'],
      },
      splunk: {
        query: 'sourcetype="o365:management:activity" Operation="New-InboxRule" AND Workload="Exchange"',
        tables: ['o365:management:activity'],
        unmapped: [],
      },
      sentinel: {
        query: `OfficeActivity
| where Operation =~ "New-InboxRule" and OfficeWorkload =~ "Exchange"`,
        tables: ['OfficeActivity'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-o365.audit-*
| WHERE TO_LOWER(event.action) == "new-inboxrule" AND TO_LOWER(event.provider) == "exchange"`,
        tables: ['logs-o365.audit-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'proxy',
    logsource: { category: 'proxy' },
    detection: `sel:
  c-useragent|contains: 'curl/'
  cs-method: POST
condition: sel`,
    expected: {
      qradar: {
        query: 'SELECT * FROM events WHERE "User Agent" ILIKE \'%curl/%\' AND LOWER("Method") = \'post\'',
        tables: ['events'],
        unmapped: [],
      },
      splunk: {
        query: 'tag="web" http_user_agent="*curl/*" AND http_method="POST"',
        tables: ['tag=web'],
        unmapped: [],
      },
      sentinel: {
        query: `_Im_WebSession()
| where HttpUserAgent contains "curl/" and HttpRequestMethod =~ "POST"`,
        tables: ['_Im_WebSession()'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-*
| WHERE TO_LOWER(user_agent.original) LIKE "*curl/*" AND TO_LOWER(http.request.method) == "post"`,
        tables: ['logs-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'webserver',
    logsource: { category: 'webserver' },
    detection: `sel:
  cs-uri-query|contains: '../'
  sc-status: 200
condition: sel`,
    expected: {
      qradar: {
        query: 'SELECT * FROM events WHERE "URL" ILIKE \'%../%\' AND "sc-status" = 200',
        tables: ['events'],
        unmapped: ['sc-status'],
      },
      splunk: { query: 'tag="web" uri_query="*../*" AND status=200', tables: ['tag=web'], unmapped: [] },
      sentinel: {
        query: `W3CIISLog
| where csUriQuery contains "../" and tostring(scStatus) == "200"`,
        tables: ['W3CIISLog'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-apache.access-*, logs-nginx.access-*, logs-iis.access-*
| WHERE TO_LOWER(url.query) LIKE "*../*" AND http.response.status_code == 200`,
        tables: ['logs-apache.access-*', 'logs-nginx.access-*', 'logs-iis.access-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'firewall',
    logsource: { category: 'firewall' },
    detection: `sel:
  dst_port: 23
  action: allow
condition: sel`,
    expected: {
      qradar: {
        query: 'SELECT * FROM events WHERE destinationport = 23 AND LOWER("action") = \'allow\'',
        tables: ['events'],
        unmapped: ['action'],
      },
      splunk: {
        query: 'tag="network" tag="communicate" dest_port=23 AND action="allow"',
        tables: ['tag=network'],
        unmapped: [],
      },
      sentinel: {
        query: `_Im_NetworkSession()
| where DstPortNumber == 23 and DvcAction =~ "allow"`,
        tables: ['_Im_NetworkSession()'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-*
| WHERE destination.port == 23 AND TO_LOWER(event.action) == "allow"`,
        tables: ['logs-*'],
        unmapped: [],
      },
    },
  },
  {
    family: 'dns',
    logsource: { category: 'dns' },
    detection: `sel:
  query|endswith: '.xmr.pool'
condition: sel`,
    expected: {
      qradar: {
        query: 'SELECT * FROM events WHERE "query" ILIKE \'%.xmr.pool\'',
        tables: ['events'],
        unmapped: ['query'],
      },
      splunk: { query: 'tag="dns" query="*.xmr.pool"', tables: ['tag=dns'], unmapped: [] },
      sentinel: {
        query: `_Im_Dns()
| where DnsQuery endswith ".xmr.pool"`,
        tables: ['_Im_Dns()'],
        unmapped: [],
      },
      elastic: {
        query: `FROM logs-*
| WHERE ENDS_WITH(TO_LOWER(dns.question.name), ".xmr.pool")`,
        tables: ['logs-*'],
        unmapped: [],
      },
    },
  },
];

describe('log-source pipelines', () => {
  it.each(FAMILIES.flatMap((f) => TARGETS.map((target) => [f.family, target, f] as const)))(
    '%s to %s',
    (_family, target, { logsource, detection, expected }) => {
      const result = convertDetection(target, detection, logsource);
      const unmapped = result.findings
        .filter((f) => f.code === 'FIELD_UNMAPPED')
        .map((f) => /field '([^']+)'/.exec(f.message)?.[1]);
      expect({ query: result.query, tables: result.tables, unmapped }).toEqual(expected[target]);
      expect(result.dataSources).toHaveLength(1);
      expect(codes(result)).not.toContain('warning LOGSOURCE_UNMAPPED');
    },
  );

  it('says so when no pipeline knows the logsource, and names every field it passes through', () => {
    const result = convertDetection('sentinel', 'sel:\n  Foo: bar\n  Baz|contains: x\ncondition: sel', {
      product: 'nowhere',
    });
    expect(result.query).toBe('union *\n| where Foo =~ "bar" and Baz contains "x"');
    expect(codes(result)).toEqual(['warning LOGSOURCE_UNMAPPED', 'warning FIELD_UNMAPPED', 'warning FIELD_UNMAPPED']);
    expect(result.dataSources).toEqual([]);
  });
});

// Nested values each SIEM keeps in its own shape (reported as gaps earlier): each mapped to where that SIEM really
// holds it, the approximation said in a FIELD_APPROXIMATED warning, and what no field can hold left FIELD_UNMAPPED.
describe('nested fields of cloud audit logs', () => {
  const convert = (target: Target, logsource: Record<string, string>, detection: string) => {
    const result = convertDetection(target, detection, logsource);
    return { query: result.query, codes: codes(result) };
  };
  const M365 = { product: 'm365', service: 'audit' };
  const INBOX_RULE = 'sel:\n  Operation: New-InboxRule\n  Parameters.Name: ForwardTo\ncondition: sel';

  it('M365 Parameters.Name: the Splunk add-on array, the OfficeActivity JSON text, the QRadar payload', () => {
    expect(convert('splunk', M365, INBOX_RULE)).toEqual({
      query: 'sourcetype="o365:management:activity" Operation="New-InboxRule" AND Parameters{}.Name="ForwardTo"',
      codes: [],
    });
    expect(convert('sentinel', M365, INBOX_RULE)).toEqual({
      query: 'OfficeActivity\n| where Operation =~ "New-InboxRule" and Parameters contains "ForwardTo"',
      codes: ['warning FIELD_APPROXIMATED'],
    });
    expect(convert('qradar', M365, INBOX_RULE).query).toContain("UTF8(payload) ILIKE '%ForwardTo%'");
    // Elastic keys the parameters by their names (o365.audit.Parameters.ForwardTo): no one field holds a Name.
    expect(convert('elastic', M365, INBOX_RULE).codes).toEqual(['warning FIELD_UNMAPPED']);
  });

  const ACTIVITY = { product: 'azure', service: 'activitylogs' };
  const PUBLIC_BLOB = `sel:
  operationName: MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE
  properties.requestbody|contains: '"allowBlobPublicAccess":true'
condition: sel`;

  it('Azure Activity properties.requestbody: Properties_d in Sentinel, the original event in Elastic', () => {
    expect(convert('sentinel', ACTIVITY, PUBLIC_BLOB)).toEqual({
      query: String.raw`AzureActivity
| extend properties_requestbody = tostring(Properties_d.requestbody)
| where OperationNameValue =~ "MICROSOFT.STORAGE/STORAGEACCOUNTS/WRITE" and properties_requestbody contains "\"allowBlobPublicAccess\":true"`,
      codes: [],
    });
    expect(convert('elastic', ACTIVITY, PUBLIC_BLOB)).toEqual({
      query: `FROM logs-azure.activitylogs-*
| WHERE TO_LOWER(azure.activitylogs.operation_name) == "microsoft.storage/storageaccounts/write" AND TO_LOWER(event.original) LIKE """*"allowblobpublicaccess":true*"""`,
      codes: ['warning FIELD_APPROXIMATED'],
    });
  });

  const AUDIT = { product: 'azure', service: 'auditlogs' };
  const ROLE = `sel:
  OperationName: Add member to role
  TargetResources|contains: Global Administrator
filter:
  InitiatedBy|contains: MS-PIM
condition: sel and not filter`;

  it('Entra audit TargetResources and InitiatedBy: the payload in QRadar, the original event in Elastic, _raw in Splunk', () => {
    expect(convert('qradar', AUDIT, ROLE).query).toBe(
      "SELECT * FROM events WHERE LOGSOURCETYPENAME(devicetype) = 'Microsoft Azure Platform' AND LOWER(QIDNAME(qid)) = 'add member to role' AND UTF8(payload) ILIKE '%Global Administrator%' AND NOT UTF8(payload) ILIKE '%MS-PIM%'",
    );
    expect(convert('elastic', AUDIT, ROLE)).toEqual({
      query: `FROM logs-azure.auditlogs-*
| WHERE TO_LOWER(azure.auditlogs.operation_name) == "add member to role" AND TO_LOWER(event.original) LIKE "*global administrator*" AND NOT TO_LOWER(event.original) LIKE "*ms-pim*"`,
      codes: ['warning FIELD_APPROXIMATED', 'warning FIELD_APPROXIMATED'],
    });
    expect(convert('splunk', AUDIT, ROLE).query).toBe(
      'sourcetype="azure:monitor:aad" operationName="Add member to role" AND _raw="*Global Administrator*" AND NOT _raw="*MS-PIM*"',
    );
  });
});
