import type { LanguageId } from './languages';

/**
 * A short query per grammar that touches its common rules: comments, strings, keywords, calls.
 * The highlighter tokenizes these once when it is built (see highlighter.ts), and the tests use
 * them as the sample every language must highlight.
 */
export const LANGUAGE_SAMPLES: Readonly<Record<Exclude<LanguageId, 'text'>, string>> = {
  aql: [
    '/* mirror sessions */',
    "SELECT DATEFORMAT(starttime, 'yyyy-MM-dd') AS 'Day', LOGSOURCETYPENAME(devicetype), \"EventName\", COUNT(*)",
    'FROM events',
    "WHERE \"EventName\" IN ('CreateTrafficMirrorSession') AND username NOT LIKE 'it''s%' AND magnitude >= 3 -- tune",
    'GROUP BY "EventName" ORDER BY "EventName" DESC LIMIT 100 LAST 24 HOURS',
  ].join('\n'),
  esql: [
    '// mirror sessions',
    'FROM logs-aws.cloudtrail-* METADATA _id',
    '| WHERE event.action IN ("CreateTrafficMirrorSession") AND @timestamp > NOW() - 1 day /* window */',
    '| DISSECT message """%{a} %{b}"""',
    '| STATS count = COUNT(*) BY user.name, `cloud.region`',
    '| SORT count DESC NULLS LAST',
    '| LIMIT 100',
  ].join('\n'),
  splunk: [
    'index=aws sourcetype="aws:cloudtrail" eventName IN (CreateTrafficMirrorSession) earliest=-24h',
    '| eval principal=coalesce(\'userIdentity.arn\', "unknown")',
    '| rex field=_raw "(?<account>\\d{12})"',
    '| stats count dc(awsRegion) as regions by principal',
    '| where count > 0',
  ].join('\n'),
  kusto: [
    '// mirror sessions',
    'let approved = dynamic(["arn:aws:iam::111122223333:role/netmon"]);',
    'AWSCloudTrail',
    '| where TimeGenerated > ago(1d) and EventName in~ ("CreateTrafficMirrorSession", @"CreateTrafficMirrorTarget")',
    '| extend Principal = tostring(parse_json(UserIdentity).arn)',
    '| summarize Count = count() by Principal, bin(TimeGenerated, 1h)',
  ].join('\n'),
  yaml: [
    '# Sigma rule',
    'title: AWS Traffic Mirroring Session Created',
    'tags: [attack.t1020.001]',
    'detection:',
    '  selection:',
    '    eventName|contains:',
    "      - 'CreateTrafficMirror'",
    '  condition: selection',
    'description: |',
    '  Multi-line text',
    'level: high',
  ].join('\n'),
  json: '{ "eventName": "CreateTrafficMirrorSession", "count": 2, "readOnly": false, "errorCode": null }',
};
