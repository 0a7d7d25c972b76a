// Where Elastic's Auditd Logs integration (data stream auditd.log, logs-auditd.log-*) keeps the key=value pairs of an
// audit record. Its ingest pipeline parses every pair into auditd.log.<key>, then moves some to ECS fields and removes
// others; a Sigma field read from the name it no longer has finds nothing, or fails as an unknown column in ES|QL.
// Read from the package's pipeline (packages/auditd/data_stream/log/elasticsearch/ingest_pipeline/default.yml).
import type { FieldMap, FieldTarget } from './types';

// EXECVE: the pipeline gathers a0, a1... into process.args in order and copies a0 to process.executable. But
// process.args is a keyword field, and ES|QL reads a multi-valued keyword sorted and de-duplicated, so by the time a
// query sees the list its order, and with it every argument's position, is gone. What is left to test is whether one
// argument is the value: all of them joined by spaces with a space at each end, so that an exact value is looked for
// as ` value ` and a prefix as ` prefix` (render.ts pads `words` fields). No argument holds a space there: auditd
// writes such an argument in hex.
const ARGS = 'CONCAT(" ", MV_CONCAT(process.args, " "), " ")';

const EXECVE_ARG_NOTE =
  'ES|QL reads process.args, where the integration gathers the arguments of an EXECVE record, sorted and ' +
  'de-duplicated, so position and order are lost: the value is tested against each whole argument (a0 included), ' +
  'in all of them joined by spaces, and a regular expression against that joined text with ^ and $ as the spaces ' +
  'around an argument (so `.` or a negated class may still match across two). Text with whitespace cannot be found: ' +
  'auditd writes an argument with spaces or quotes in hex, which stays hex there. The aN of a SYSCALL record stays ' +
  'in auditd.log.aN, which this mapping does not read for N > 0';

/** Keywords: the arguments are an EXECVE record's text, all of it but the header; no argument holds whitespace. */
export const ELASTIC_AUDITD_KEYWORDS: FieldTarget = { expr: ARGS, words: true };

/** aN (N > 0) of an EXECVE record: one of the arguments. */
const EXECVE_ARG: FieldTarget = { expr: ARGS, within: true, words: true, note: EXECVE_ARG_NOTE };

// Enriched logs add the interpreted value of some fields under the name in capitals (UID="root", SYSCALL=execve). The
// integration leaves those under auditd.log; named here so that they do not fall to the case-insensitive match of uid.
const INTERPRETED = [
  'ARCH',
  'SYSCALL',
  'AUID',
  'UID',
  'GID',
  'EUID',
  'SUID',
  'FSUID',
  'EGID',
  'SGID',
  'FSGID',
  'OUID',
  'OGID',
];

export const ELASTIC_AUDITD_LOG: FieldMap = {
  // The record type goes to event.action, lower-cased; for the types the integration names an ECS action (USER_CMD,
  // ADD_USER, SERVICE_STOP, TTY...) event.action holds that action instead and the type stays in auditd.log.record_type.
  // The backend compares it without regard to case, so the two spellings read the same.
  type: { expr: 'COALESCE(auditd.log.record_type, event.action)' },
  // A SYSCALL record's a0 (the first syscall argument, in hex) stays in auditd.log.a0, a declared keyword; the
  // script for EXECVE records removes the aN keys once they are in process.args, so there a0 is process.executable.
  a0: {
    expr: 'COALESCE(auditd.log.a0, process.executable)',
    note:
      'a0 of a SYSCALL record is read from auditd.log.a0, as auditd wrote it (hex); the integration copies a0 of an ' +
      'EXECVE record to process.executable (a single value, so it keeps its place), except from a truncated record, ' +
      'whose first arguments are missing; on other records process.executable holds exe',
  },
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`a${n}`, EXECVE_ARG])),
  argc: { name: 'process.args_count', type: 'number' },
  // USER_CMD (sudo): the command line, hex-decoded, split at whitespace into process.args.
  cmd: {
    expr: ARGS,
    within: true,
    words: true,
    note:
      'the integration splits cmd at whitespace into process.args, which ES|QL reads sorted and de-duplicated: the ' +
      'value is tested against each whole word (an exact value against one word, a prefix against its start), so ' +
      'position and order are lost',
  },
  exe: 'process.executable',
  comm: 'process.name',
  pid: { name: 'process.pid', type: 'number' },
  ppid: { name: 'process.parent.pid', type: 'number' },
  cwd: 'process.working_directory',
  exit: { name: 'process.exit_code', type: 'number' },
  acct: 'user.name',
  terminal: 'user.terminal',
  // For USER_*, LOGIN, ADD_USER, GRP_*... records the pipeline first copies auid to user.id, so the later rename of uid
  // finds its target taken and leaves it under auditd.log.
  uid: { expr: 'COALESCE(auditd.log.uid, user.id)' },
  gid: 'user.group.id',
  auid: 'user.audit.id',
  agid: 'user.audit.group.id',
  // auditd.log.euid is not a declared field, and ES|QL refuses a query naming a column no index maps. On the records
  // above, user.effective.id holds what the pipeline copied there first (acct, id or uid); euid stays, unread, in auditd.log.
  euid: 'user.effective.id',
  egid: 'user.effective.group.id',
  suid: 'user.saved.id',
  sgid: 'user.saved.group.id',
  fsuid: 'user.filesystem.id',
  fsgid: 'user.filesystem.group.id',
  ouid: 'user.owner.id',
  ogid: 'user.owner.group.id',
  src: 'source.address',
  addr: { name: 'source.address', note: 'the integration moves addr to source.address unless the record also has src' },
  dst: 'destination.address',
  arch: { name: 'host.architecture', note: 'the integration writes the architecture c000003e as x86_64' },
  res: {
    name: 'event.outcome',
    values: { '1': 'success', success: 'success', '0': 'failure', failed: 'failure' },
    note:
      'the integration turns res into event.outcome and removes it: success (res=1 or success), failure (res=0 or ' +
      'failed), unknown otherwise; those exact values are translated, other tests compare with the new words',
  },
  // The pipeline decodes a proctitle auditd wrote in hex and shows the NUL between arguments as ^@; Sigma rules write
  // those separators as spaces.
  proctitle: { expr: 'REPLACE(auditd.log.proctitle, """\\^@""", " ")' },
  // Everything else (key, name, nametype, syscall...) stays under auditd.log, hex-decoded where auditd writes it in
  // hex.
  ...Object.fromEntries(INTERPRETED.map((name) => [name, `auditd.log.${name}`])),
  '*': 'auditd.log.{field}',
};
