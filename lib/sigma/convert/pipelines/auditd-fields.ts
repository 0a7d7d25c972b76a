// Where Elastic's Auditd Logs integration (data stream auditd.log, logs-auditd.log-*) keeps the key=value pairs of an
// audit record. Its ingest pipeline parses every pair into auditd.log.<key>, then moves some to ECS fields and removes
// others; a Sigma field read from the name it no longer has finds nothing, or fails as an unknown column in ES|QL.
// Read from the package's pipeline (packages/auditd/data_stream/log/elasticsearch/ingest_pipeline/default.yml).
import type { FieldMap, FieldTarget } from './types';

const EXECVE_ARG_NOTE =
  'the integration moves the arguments of an EXECVE record into the list process.args (a0 is its first value) and ' +
  'does not decode those auditd wrote in hex (arguments with spaces or quotes); a truncated EXECVE record starts the ' +
  'list with a "[... N truncated arguments ...]" marker, which shifts the positions, and the aN of a SYSCALL record ' +
  'stays in auditd.log.aN, which this mapping does not read';

/** aN of an EXECVE record: the Nth value of process.args. */
function execveArg(n: number): FieldTarget {
  return { expr: `MV_SLICE(process.args, ${n})`, note: EXECVE_ARG_NOTE };
}

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
  a0: execveArg(0),
  a1: execveArg(1),
  a2: execveArg(2),
  a3: execveArg(3),
  a4: execveArg(4),
  a5: execveArg(5),
  a6: execveArg(6),
  a7: execveArg(7),
  a8: execveArg(8),
  a9: execveArg(9),
  argc: { name: 'process.args_count', type: 'number' },
  cmd: {
    expr: 'MV_CONCAT(process.args, " ")',
    note: 'the integration splits cmd at whitespace into process.args; the words are joined again with one space',
  },
  exe: 'process.executable',
  comm: 'process.name',
  pid: { name: 'process.pid', type: 'number' },
  ppid: { name: 'process.parent.pid', type: 'number' },
  cwd: 'process.working_directory',
  exit: { name: 'process.exit_code', type: 'number' },
  acct: 'user.name',
  terminal: 'user.terminal',
  uid: 'user.id',
  gid: 'user.group.id',
  auid: 'user.audit.id',
  agid: 'user.audit.group.id',
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
  // Everything else (key, name, nametype, syscall, proctitle...) stays under auditd.log, hex-decoded where auditd
  // writes it in hex.
  ...Object.fromEntries(INTERPRETED.map((name) => [name, `auditd.log.${name}`])),
  '*': 'auditd.log.{field}',
};
