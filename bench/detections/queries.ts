import type { SearchQuery } from '../../lib/search/params';

/** Typical searches, by kind: what people type, and what the search page asks while they type. */
export const TYPICAL: ReadonlyArray<{ kind: string; query: Partial<SearchQuery> }> = [
  { kind: 'word', query: { q: 'powershell' } },
  { kind: 'word', query: { q: 'credential' } },
  { kind: 'word', query: { q: 'snapshot' } },
  { kind: 'technique id', query: { q: 'T1059.001' } },
  { kind: 'technique id', query: { q: 'T1078.004' } },
  { kind: 'event name', query: { q: 'CreateAccessKey' } },
  { kind: 'event name', query: { q: '4688' } },
  { kind: 'event name', query: { q: 'StopLogging' } },
  { kind: 'two words', query: { q: 'access key' } },
  { kind: 'two words', query: { q: 'shadow copy' } },
  { kind: 'two words', query: { q: 'logging disabled' } },
  { kind: 'filter only', query: { platform: 'splunk' } },
  { kind: 'filter only', query: { severity: 'high', tactic: 'execution' } },
  { kind: 'filter only', query: { source: 'sigmahq', page: 5 } },
  { kind: 'prefix as typed', query: { q: 'pow' } },
  { kind: 'prefix as typed', query: { q: 'creden' } },
  { kind: 'prefix as typed', query: { q: 'T1059' } },
  { kind: 'prefix as typed', query: { q: 'access k' } },
  { kind: 'words + filter', query: { q: 'powershell', severity: 'high' } },
  { kind: 'words + filter', query: { q: 'aws', platform: 'splunk' } },
];
