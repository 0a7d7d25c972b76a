import { describe, it } from 'vitest';
import { expectClean, expectErrorAt } from '../test-support';

// Searches written from Splunk's Search Reference.
describe('SPL lint', () => {
  it.each([
    'index=main sourcetype=WinEventLog:Security EventCode=4625 | stats count by src_ip, user | where count > 10',
    '| tstats count from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest',
    "index=aws sourcetype=aws:cloudtrail eventName=CreateAccessKey | eval actor=coalesce('userIdentity.arn', userName) | table _time actor",
    'index=x | rex field=_raw "user=(?<user>\\S+)" | eval u=lower(user), n=len(u) | dedup u | sort - _time | head 10',
    'index=x | spath input=payload path=a.b output=ab | fillnull value="none" ab | lookup allow.csv ab OUTPUT ok',
    'index=x [search index=y action=blocked | fields src_ip | format] | timechart span=1h count by src_ip',
    '`sysmon` EventCode=1 | eval cmd=if(match(CommandLine, "(?i)whoami"), "recon", "other") | stats values(cmd) by host',
    'index=x | eval t=strftime(_time, "%Y-%m-%d"), r=relative_time(now(), "-1d@d") | where _time > r',
    'index=x | eval ip_ok=cidrmatch("10.0.0.0/8", src_ip), parts=mvjoin(split(path, "/"), ",") | mvexpand parts',
    '| inputlookup suspicious_hosts.csv | append [| makeresults | eval host="x"] | outputlookup out.csv',
    'index=x | transaction user maxspan=5m | iplocation src_ip | bin _time span=5m | eventstats count as c by user',
    'index=x | eval j=json_extract(_raw, "a.b"), k=tostring(tonumber("5") + 1) | fields - _raw | rename j AS json',
  ])('accepts %s', (query) => {
    expectClean('splunk', query);
  });

  it('refuses an unknown command', () => {
    expectErrorAt('splunk', 'index=x\n| stat count', {
      line: 2,
      column: 3,
      code: 'spl-unknown-command',
      message: 'stat',
    });
  });

  it('refuses an unknown eval function', () => {
    expectErrorAt('splunk', 'index=x | eval a=lowercase(b)', { line: 1, column: 18, code: 'spl-unknown-function' });
  });

  it('refuses an unclosed string at its opening quote', () => {
    expectErrorAt('splunk', 'index=x user="bob | head 5', { line: 1, column: 14, code: 'spl-unclosed-quote' });
  });

  it('refuses an unclosed parenthesis where it opens', () => {
    expectErrorAt('splunk', 'index=x | eval a=if(b="x", 1, 0', { line: 1, column: 20, code: 'spl-unbalanced' });
  });

  it('refuses an unclosed subsearch where it opens', () => {
    expectErrorAt('splunk', 'index=x [search index=y | fields user', { line: 1, column: 9, code: 'spl-unbalanced' });
  });

  it('refuses a bracket that closes nothing', () => {
    expectErrorAt('splunk', 'index=x ] | head 1', { line: 1, column: 9, code: 'spl-unbalanced' });
  });

  it('checks commands inside a subsearch', () => {
    expectErrorAt('splunk', 'index=x [search index=y | fieldz user]', {
      line: 1,
      column: 27,
      code: 'spl-unknown-command',
    });
  });

  it('refuses a generating command without its leading pipe', () => {
    expectErrorAt('splunk', 'tstats count where index=x', { line: 1, column: 1, code: 'spl-generating-command' });
  });

  it('refuses an unclosed macro', () => {
    expectErrorAt('splunk', '`sysmon EventCode=1', { line: 1, column: 1, code: 'spl-unclosed-macro' });
  });

  it("refuses an unclosed 'field name' in eval", () => {
    expectErrorAt('splunk', "index=x | eval a='user name", { line: 1, column: 18, code: 'spl-unclosed-quote' });
  });

  it('refuses an empty command between pipes', () => {
    expectErrorAt('splunk', 'index=x | | head 1', { line: 1, column: 10, code: 'spl-empty-command' });
  });

  it('refuses an unknown function in where', () => {
    expectErrorAt('splunk', 'index=x | where isempty(user)', { line: 1, column: 17, code: 'spl-unknown-function' });
  });
});
