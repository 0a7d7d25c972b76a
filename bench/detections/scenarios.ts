// What the generated detections are about: real log sources, fields, values and ATT&CK techniques, so the words of
// 10,000 generated detections spread like a real catalog's (a few very common, most rare).

export interface Scenario {
  product: string;
  service?: string;
  category?: string;
  logSource: string;
  environment: string;
  field: string;
  values: readonly string[];
  techniques: readonly string[];
  topics: readonly string[];
  fields: readonly string[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    product: 'windows',
    category: 'process_creation',
    logSource: 'Sysmon',
    environment: 'windows',
    field: 'Image|endswith',
    values: ['\\powershell.exe', '\\rundll32.exe', '\\regsvr32.exe', '\\mshta.exe', '\\certutil.exe', '\\wmic.exe',
      '\\bitsadmin.exe', '\\schtasks.exe', '\\cmd.exe', '\\msiexec.exe', '\\psexec.exe', '\\procdump.exe',
      '\\reg.exe', '\\vssadmin.exe', '\\wevtutil.exe', '\\net.exe', '\\nltest.exe', '\\whoami.exe', '\\cscript.exe'],
    techniques: ['T1059.001', 'T1059.003', 'T1218.011', 'T1218.005', 'T1105', 'T1053.005', 'T1047', 'T1569.002',
      'T1003.001', 'T1490', 'T1087.002', 'T1027', 'T1036.005'],
    topics: ['suspicious command line', 'living off the land binary', 'encoded command', 'download cradle',
      'credential dumping', 'shadow copy deletion', 'scheduled task creation', 'remote execution'],
    fields: ['Image', 'CommandLine', 'ParentImage', 'User', 'IntegrityLevel'],
  },
  {
    product: 'windows',
    service: 'security',
    logSource: 'Windows Security',
    environment: 'windows',
    field: 'EventID',
    values: ['4688', '4624', '4625', '4720', '4732', '4728', '4698', '4697', '1102', '4672', '4768', '4769', '5145'],
    techniques: ['T1136.001', 'T1098', 'T1110.001', 'T1021.002', 'T1078', 'T1558.003', 'T1069.002'],
    topics: ['account creation', 'privileged group change', 'logon failure burst', 'kerberoasting',
      'audit log cleared', 'admin share access', 'service installation'],
    fields: ['SubjectUserName', 'TargetUserName', 'LogonType', 'IpAddress', 'ServiceName'],
  },
  {
    product: 'aws',
    service: 'cloudtrail',
    logSource: 'AWS CloudTrail',
    environment: 'aws',
    field: 'eventName',
    values: ['CreateAccessKey', 'StopLogging', 'DeleteTrail', 'PutBucketPolicy', 'CreateTrafficMirrorSession',
      'AttachUserPolicy', 'CreateLoginProfile', 'UpdateAssumeRolePolicy', 'ModifySnapshotAttribute',
      'CopyDBSnapshot', 'DeleteFlowLogs', 'PutBucketAcl', 'GetSecretValue', 'ConsoleLogin', 'RunInstances',
      'DisableKey', 'ScheduleKeyDeletion', 'CreateUser', 'DeleteDetector', 'PutEventSelectors'],
    techniques: ['T1098.001', 'T1078.004', 'T1530', 'T1537', 'T1578.002', 'T1020.001', 'T1552.001', 'T1136.003',
      'T1485'],
    topics: ['access key created', 'logging disabled', 'bucket made public', 'snapshot shared', 'secret read',
      'new console user', 'key scheduled for deletion', 'guardduty detector removed'],
    fields: ['userIdentity.arn', 'sourceIPAddress', 'userAgent', 'requestParameters', 'awsRegion'],
  },
  {
    product: 'azure',
    service: 'activitylogs',
    logSource: 'Azure Activity',
    environment: 'azure',
    field: 'operationName',
    values: ['MICROSOFT.COMPUTE/SNAPSHOTS/WRITE', 'MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/SECURITYRULES/WRITE',
      'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE', 'MICROSOFT.KEYVAULT/VAULTS/DELETE',
      'MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/DELETE', 'MICROSOFT.NETWORK/VIRTUALNETWORKTAPS/WRITE'],
    techniques: ['T1578.002', 'T1098', 'T1485', 'T1020.001', 'T1078.004'],
    topics: ['role assignment', 'firewall rule opened', 'diagnostic settings removed', 'vault deleted',
      'network tap created'],
    fields: ['caller', 'resourceId', 'callerIpAddress', 'properties.statusCode'],
  },
  {
    product: 'gcp',
    service: 'gcp.audit',
    logSource: 'Google Cloud Audit Logs',
    environment: 'gcp',
    field: 'gcp.audit.method_name',
    values: ['google.logging.v2.ConfigServiceV2.DeleteSink', 'v1.compute.snapshots.insert',
      'SetIamPolicy', 'google.iam.admin.v1.CreateServiceAccountKey', 'v1.compute.packetMirrorings.insert',
      'storage.setIamPermissions'],
    techniques: ['T1098.001', 'T1578.002', 'T1020.001', 'T1530', 'T1078.004'],
    topics: ['service account key created', 'log sink deleted', 'bucket permissions changed', 'packet mirroring'],
    fields: ['protoPayload.authenticationInfo.principalEmail', 'protoPayload.requestMetadata.callerIp'],
  },
  {
    product: 'linux',
    category: 'process_creation',
    logSource: 'Linux auditd',
    environment: 'linux',
    field: 'Image|endswith',
    values: ['/curl', '/wget', '/base64', '/chmod', '/crontab', '/useradd', '/nc', '/socat', '/ssh-keygen',
      '/python3', '/iptables', '/systemctl', '/tar', '/shred'],
    techniques: ['T1105', 'T1059.004', 'T1053.003', 'T1136.001', 'T1070.004', 'T1222.002', 'T1048.003'],
    topics: ['reverse shell', 'file download', 'cron persistence', 'firewall flushed', 'history wiped',
      'archive staged for exfiltration'],
    fields: ['Image', 'CommandLine', 'User', 'CurrentDirectory'],
  },
  {
    product: 'okta',
    service: 'okta',
    logSource: 'Okta System Log',
    environment: 'okta',
    field: 'eventtype',
    values: ['user.mfa.factor.deactivate', 'policy.lifecycle.update', 'user.session.impersonation.initiate',
      'application.policy.sign_on.deny_access', 'user.account.privilege.grant'],
    techniques: ['T1556.006', 'T1098', 'T1078.004', 'T1110.003'],
    topics: ['mfa factor removed', 'sign-on policy changed', 'admin impersonation', 'password spraying'],
    fields: ['actor.alternateId', 'client.ipAddress', 'outcome.result'],
  },
];

export const VERBS = ['Detects', 'Flags', 'Alerts on', 'Finds', 'Catches', 'Surfaces'];
export const ACTORS = ['an intruder', 'ransomware operators', 'a red team', 'an insider', 'commodity malware',
  'a compromised administrator', 'an automated attack tool'];
export const BENIGN = ['Administration scripts', 'Software deployment tools', 'Backup agents', 'Vulnerability scanners',
  'Developers testing locally', 'Cloud provider automation', 'Help desk staff', 'Monitoring agents'];
export const PLATFORM_SLUGS = ['splunk', 'qradar', 'sentinel', 'elastic'];
