// Sigma auditd rules on Elastic: each field read where the Auditd Logs integration's ingest pipeline leaves it, in the
// data stream that integration writes (logs-auditd.log-*), and the integration named in the data source.
import { describe, expect, it } from 'vitest';
import { checkEsql } from '../../../query-check/esql/check';
import { codes, convertDetection } from '../test-support';

const AUDITD = { product: 'linux', service: 'auditd' };
const convert = (detection: string) => convertDetection('elastic', detection, AUDITD);

describe('linux auditd to Elastic (Auditd Logs integration)', () => {
  it('reads the data stream the integration writes and names the integration', () => {
    const result = convert('sel:\n  type: PATH\n  name|startswith: /etc/cron.d/\n  nametype: CREATE\ncondition: sel');
    expect(result.tables).toEqual(['logs-auditd.log-*']);
    expect(result.dataSources).toHaveLength(1);
    expect(result.dataSources[0]).toContain('Auditd Logs integration');
    expect(result.query).toBe(`FROM logs-auditd.log-*
| WHERE TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "path" AND STARTS_WITH(TO_LOWER(auditd.log.name), "/etc/cron.d/") AND TO_LOWER(auditd.log.nametype) == "create"`);
    expect(codes(result)).toEqual([]);
  });

  it('takes EXECVE arguments from process.args, where the integration moves a0, a1..., and says what that costs', () => {
    const result = convert('sel:\n  type: EXECVE\n  a0: nc\n  a1: -e\ncondition: sel');
    expect(result.query).toBe(`FROM logs-auditd.log-*
| WHERE TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "execve" AND TO_LOWER(MV_SLICE(process.args, 0)) == "nc" AND TO_LOWER(MV_SLICE(process.args, 1)) == "-e"`);
    expect(codes(result)).toEqual(['warning FIELD_APPROXIMATED', 'warning FIELD_APPROXIMATED']);
    expect(result.findings[0]?.message).toContain('process.args');
  });

  it('reads the pairs the integration renames under their ECS names, and keeps the interpreted capitals apart', () => {
    const result = convert(
      'sel:\n  type: SYSCALL\n  exe|endswith: /curl\n  comm: curl\n  uid: 0\n  auid: 1000\n  UID: root\n  key: cron\ncondition: sel',
    );
    expect(result.query).toBe(`FROM logs-auditd.log-*
| WHERE TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "syscall" AND ENDS_WITH(TO_LOWER(process.executable), "/curl") AND TO_LOWER(process.name) == "curl" AND user.id == "0" AND user.audit.id == "1000" AND TO_LOWER(auditd.log.UID) == "root" AND TO_LOWER(auditd.log.key) == "cron"`);
    expect(codes(result)).toEqual([]);
  });

  it('writes queries the ES|QL check accepts', () => {
    for (const detection of [
      'sel:\n  type: EXECVE\n  a0: chattr\n  a1|contains: +i\ncondition: sel',
      'sel:\n  type: USER_CMD\n  cmd|contains: passwd\n  pid: 42\ncondition: sel',
    ]) {
      const query = convert(detection).query ?? '';
      expect(query).toMatch(/^FROM logs-auditd\.log-\*/);
      expect(checkEsql(query)).toEqual([]);
    }
  });
});
