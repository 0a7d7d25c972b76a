// Log-source pipelines are data: for each Sigma log source, where each SIEM keeps those events and what it calls
// their fields. To support a new log source or SIEM field, add a row; no code changes.
import type { Target } from '../types';

/** What a Sigma field becomes in one SIEM. */
export interface FieldTarget {
  /** A field (column, property) name, quoted by the backend as its language needs. */
  name?: string;
  /** An expression written as it is (e.g. `tostring(parse_json(RequestParameters).{rest})`). */
  expr?: string;
  /** How the SIEM's field differs from Sigma's (e.g. "user.name holds the name without the domain"): a warning. */
  note?: string;
  /**
   * The SIEM field's type when the backend must know it: numbers are compared as numbers only in a `number` field,
   * and `string` says a field holds numbers as text (KQL compares them as text then).
   */
  type?: 'number' | 'boolean' | 'string';
  /** The field's value is somewhere inside this text (a whole payload): every test becomes `contains`. */
  within?: boolean;
  /**
   * The SIEM split the value at whitespace and keeps the words in no set order (ES|QL reads a multi-valued keyword
   * sorted and de-duplicated), so a test for text with whitespace in it could only match by chance: an error.
   */
  words?: boolean;
  /** Values the SIEM writes differently, by the Sigma value in lower case (auditd's res=failed is `failure`). */
  values?: Readonly<Record<string, string>>;
}

/**
 * Sigma field -> SIEM field. Keys: an exact name (looked up as written, then ignoring case); `prefix.*` for every
 * field under a nested path (`{rest}` in the target stands for the part after the prefix); `*` for any other field
 * (`{field}` stands for its name). A value is a name or a FieldTarget. Names with `{...}` are templates.
 */
export type FieldMap = Readonly<Record<string, string | FieldTarget>>;

export interface SourceFilter {
  field: string | FieldTarget;
  values: ReadonlyArray<string | number>;
}

/** Where one SIEM keeps a log source's events. */
export interface TargetSource {
  /** The log and how this SIEM ingests it, as people name them. */
  dataSource: string;
  /** Sentinel table or ASIM parser; Elastic data streams; Splunk source/sourcetype; QRadar log source type. */
  tables: readonly string[];
  /** Exact-match conditions that select the events (Event IDs, log source type, action types). */
  filters: readonly SourceFilter[];
  fields: FieldMap;
  /**
   * The field keywords are searched in, when the backend's own choice (ES|QL: message) is wrong for this source, and
   * what that misses: a KEYWORD_FIELD warning.
   */
  keywords?: { field: FieldTarget; note: string };
}

/** Sigma logsource keys; a pipeline applies when every key it names equals the rule's (ignoring case). */
export interface LogSourceSelector {
  product?: string;
  category?: string;
  service?: string;
}

export interface LogSourcePipeline {
  /** Stable name, e.g. `windows-process-creation`. */
  id: string;
  /** The family a report groups it under: windows, linux, aws, azure, gcp, okta, m365, network. */
  family: string;
  logsource: LogSourceSelector;
  targets: Readonly<Record<Target, TargetSource>>;
}
