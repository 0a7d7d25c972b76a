// Sigma auditd rules on Elastic: each field read where the Auditd Logs integration's ingest pipeline leaves it, in the
// data stream that integration writes (logs-auditd.log-*), and the integration named in the data source. ES|QL reads
// the multi-valued keyword process.args sorted and de-duplicated, so no test may rely on an argument's position.
import { describe, expect, it } from 'vitest';
import { checkEsql } from '../../../query-check/esql/check';
import { codes, convertDetection, queryOrErrors } from '../test-support';

const AUDITD = { product: 'linux', service: 'auditd' };
const convert = (detection: string) => convertDetection('elastic', detection, AUDITD);
const WHERE = `FROM logs-auditd.log-*
| WHERE `;
const EXECVE = 'TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "execve"';
const ARGS = 'TO_LOWER(CONCAT(" ", MV_CONCAT(process.args, " "), " "))';
const A0 = 'TO_LOWER(COALESCE(auditd.log.a0, process.executable))';

describe('linux auditd to Elastic (Auditd Logs integration)', () => {
  it('reads the data stream the integration writes and names the integration', () => {
    const result = convert('sel:\n  type: PATH\n  name|startswith: /etc/cron.d/\n  nametype: CREATE\ncondition: sel');
    expect(result.tables).toEqual(['logs-auditd.log-*']);
    expect(result.dataSources).toHaveLength(1);
    expect(result.dataSources[0]).toContain('Auditd Logs integration');
    expect(result.query).toBe(
      `${WHERE}TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "path" AND STARTS_WITH(TO_LOWER(auditd.log.name), "/etc/cron.d/") AND TO_LOWER(auditd.log.nametype) == "create"`,
    );
    expect(codes(result)).toEqual([]);
  });

  it('reads a0 from process.executable on EXECVE records and from auditd.log.a0 on SYSCALL records', () => {
    const result = convert('sel:\n  type: EXECVE\n  a0: nc\ncondition: sel');
    expect(result.query).toBe(`${WHERE}${EXECVE} AND ${A0} == "nc"`);
    expect(codes(result)).toEqual(['warning FIELD_APPROXIMATED']);
    expect(result.findings[0]?.message).toContain('truncated');
    // A syscall's first argument, in hex as auditd writes it (0x26 is AF_ALG), is no executable's name.
    const syscall = convert('sel:\n  type: SYSCALL\n  SYSCALL: socket\n  a0: 26\ncondition: sel');
    expect(syscall.query).toBe(
      `${WHERE}TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "syscall" AND TO_LOWER(auditd.log.SYSCALL) == "socket" AND COALESCE(auditd.log.a0, process.executable) == "26"`,
    );
  });

  it('tests a1..a9 against whole arguments, since ES|QL returns process.args sorted, and says so', () => {
    const result = convert(
      'sel:\n  type: EXECVE\n  a1: -e\n  a2|startswith: /bin/\n  a3|endswith: .sh\n  a4|contains: cpu\n  a9: 777\ncondition: sel',
    );
    expect(result.query).toBe(
      `${WHERE}${EXECVE} AND ${ARGS} LIKE "* -e *" AND ${ARGS} LIKE "* /bin/*" AND ${ARGS} LIKE "*.sh *" AND ${ARGS} LIKE "*cpu*" AND ${ARGS} LIKE "* 777 *"`,
    );
    expect(codes(result)).toEqual(Array(5).fill('warning FIELD_APPROXIMATED'));
    expect(result.findings[0]?.message).toContain('sorted and de-duplicated');
    expect(result.query).not.toContain('MV_SLICE');
  });

  it('ties a regular expression on the arguments to one argument: ^ and $ are the spaces around it', () => {
    expect(convert("sel:\n  type: EXECVE\n  a1|re: '^-e$'\ncondition: sel").query).toBe(
      `${WHERE}${EXECVE} AND CONCAT(" ", MV_CONCAT(process.args, " "), " ") RLIKE ".* -e .*"`,
    );
    // SigmaHQ's hidden files rule: a name starting with a dot, at the start of the argument or after a slash.
    expect(convert("sel:\n  type: EXECVE\n  a1|re: '(^|\\/)\\.[^.\\/]'\ncondition: sel").query).toBe(
      `${WHERE}${EXECVE} AND CONCAT(" ", MV_CONCAT(process.args, " "), " ") RLIKE """.*(( |\\/)\\.[^\\.\\/]).*"""`,
    );
  });

  it('tests cmd against the whole words the integration split it into', () => {
    const result = convert('sel:\n  type: USER_CMD\n  cmd|contains: passwd\ncondition: sel');
    expect(result.query).toBe(
      `${WHERE}TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "user_cmd" AND ${ARGS} LIKE "*passwd*"`,
    );
    expect(codes(result)).toEqual(['warning FIELD_APPROXIMATED']);
    expect(convert('sel:\n  cmd: passwd\ncondition: sel').query).toBe(`${WHERE}${ARGS} LIKE "* passwd *"`);
  });

  it('refuses a cmd or argument value with whitespace, which the sorted words cannot hold, rather than write a test that never matches', () => {
    for (const detection of [
      'sel:\n  type: USER_CMD\n  cmd|contains: chmod +s\ncondition: sel',
      'sel:\n  type: USER_CMD\n  cmd|re: chmod\\s+\\+s\ncondition: sel',
    ]) {
      const result = convert(detection);
      expect(queryOrErrors(result)).toBe('error SPLIT_VALUE');
      expect(result.findings.find((f) => f.code === 'SPLIT_VALUE')?.message).toContain("field 'cmd'");
    }
    // auditd writes an argument with a space in hex, and the joined arguments are sorted: 'bash -i' is never there.
    const arg = convert('sel:\n  type: EXECVE\n  a2|contains: bash -i\ncondition: sel');
    expect(queryOrErrors(arg)).toBe('error SPLIT_VALUE');
    expect(arg.findings.find((f) => f.code === 'SPLIT_VALUE')?.message).toContain("field 'a2'");
  });

  it('reads uid where the pipeline leaves it when user.id already holds auid, and euid from user.effective.id', () => {
    const result = convert(
      'sel:\n  type: SYSCALL\n  exe|endswith: /curl\n  comm: curl\n  uid: 0\n  euid: 0\n  auid: 1000\n  UID: root\n  key: cron\ncondition: sel',
    );
    expect(result.query).toBe(
      `${WHERE}TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "syscall" AND ENDS_WITH(TO_LOWER(process.executable), "/curl") AND TO_LOWER(process.name) == "curl" AND COALESCE(auditd.log.uid, user.id) == "0" AND user.effective.id == "0" AND user.audit.id == "1000" AND TO_LOWER(auditd.log.UID) == "root" AND TO_LOWER(auditd.log.key) == "cron"`,
    );
    expect(codes(result)).toEqual([]);
  });

  it('reads res from event.outcome in the words the pipeline writes there', () => {
    const result = convert('sel:\n  type: USER_LOGIN\n  res:\n    - failed\n    - 0\ncondition: sel');
    expect(result.query).toBe(
      `${WHERE}TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "user_login" AND TO_LOWER(event.outcome) == "failure"`,
    );
    expect(codes(result)).toEqual(['warning FIELD_APPROXIMATED']);
    expect(convert('sel:\n  res: success\ncondition: sel').query).toBe(`${WHERE}TO_LOWER(event.outcome) == "success"`);
  });

  it('reads proctitle with the NUL separators the pipeline shows as ^@ turned back into spaces', () => {
    const result = convert('sel:\n  type: PROCTITLE\n  proctitle|contains: nc -e\ncondition: sel');
    expect(result.query).toBe(
      `${WHERE}TO_LOWER(COALESCE(auditd.log.record_type, event.action)) == "proctitle" AND TO_LOWER(REPLACE(auditd.log.proctitle, """\\^@""", " ")) LIKE "*nc -e*"`,
    );
    expect(codes(result)).toEqual([]);
  });

  it('searches keywords in the arguments, the text of an EXECVE record, and says what that misses', () => {
    const result = convert("sel:\n  type: EXECVE\nkw:\n  '|all':\n    - dd\n    - if=\ncondition: sel and kw");
    expect(result.query).toBe(`${WHERE}${EXECVE} AND ${ARGS} LIKE "*dd*" AND ${ARGS} LIKE "*if=*"`);
    expect(codes(result)).toEqual(['warning KEYWORD_FIELD']);
    expect(result.findings[0]?.message).toContain('no text of the whole record');
    expect(result.query).not.toContain('message');
  });

  it('refuses a keyword with whitespace, which no one argument holds, and names it a keyword', () => {
    const result = convert(
      "sel:\n  type: EXECVE\nkw:\n  '|all':\n    - iptables\n    - --to-ports 42\ncondition: sel and kw",
    );
    expect(queryOrErrors(result)).toBe('error SPLIT_VALUE');
    const message = result.findings.find((f) => f.code === 'SPLIT_VALUE')?.message;
    expect(message).toContain("keyword: '--to-ports 42'");
    expect(message).not.toContain('undefined');
  });

  it('writes queries the ES|QL check accepts', () => {
    for (const detection of [
      'sel:\n  type: EXECVE\n  a0: chattr\n  a1|contains: +i\n  a2: 777\ncondition: sel',
      "sel:\n  type: EXECVE\n  a1|re: '^-e$'\ncondition: sel",
      'sel:\n  type: SYSCALL\n  a0: 26\ncondition: sel',
      'sel:\n  type: USER_CMD\n  cmd|contains: passwd\n  pid: 42\n  res: failed\ncondition: sel',
      'sel:\n  type: PROCTITLE\n  proctitle|contains: nc -e\n  uid: 0\n  euid: 0\ncondition: sel',
      'sel:\n  type: EXECVE\nkw:\n  - truncate\ncondition: sel and kw',
    ]) {
      const query = convert(detection).query ?? '';
      expect(query).toMatch(/^FROM logs-auditd\.log-\*/);
      expect(checkEsql(query)).toEqual([]);
    }
  });
});
