// "Draft from Sigma": what the converter's answer for one SIEM (POST /api/v1/sigma/convert) puts into that SIEM's
// fields: the query (one per rule of the file), the data sources it reads and the tables, with the gap report beside.
import type { DataSource, VariantForm } from './form';

export interface ConvertedTarget {
  target: string;
  ok: boolean;
  query: string | null;
  findings: GapFinding[];
  dataSources: string[];
  tables: string[];
}

export interface GapFinding {
  code: string;
  severity: 'error' | 'warning';
  field: string;
  line: number | null;
  column: number | null;
  message: string;
}

export interface ConvertAnswer {
  ok: boolean;
  findings: GapFinding[];
  rules: Array<{ index: number; id: string | null; title: string | null; results: ConvertedTarget[] }>;
}

export interface VariantDraft {
  /** Absent when no rule of the file could be expressed on this SIEM. */
  query?: string;
  dataSources: DataSource[];
  tables: string[];
  /** The gap report: what could not be expressed, what was approximated; each finding names its rule when several. */
  gaps: GapFinding[];
}

/** "Sysmon Event ID 1 via Splunk Add-on for Sysmon" is the log (name) and how the SIEM ingests it (connector). */
export function dataSourceOf(text: string): DataSource {
  const at = text.lastIndexOf(' via ');
  if (at <= 0) return { name: text, connector: text };
  return { name: text.slice(0, at), connector: text.slice(at + 5).replace(/^the /, '') };
}

const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

export function draftVariant(answer: ConvertAnswer, target: string): VariantDraft {
  const several = answer.rules.length > 1;
  const per = answer.rules.map((rule) => ({ rule, result: rule.results.find((r) => r.target === target) }));
  const queries = per.flatMap(({ result }) => (result?.ok && result.query ? [result.query] : []));
  const gaps = [
    ...answer.findings,
    ...per.flatMap(({ rule, result }) =>
      (result?.findings ?? []).map((f) =>
        several ? { ...f, message: `rule ${rule.index + 1}${rule.title ? ` (${rule.title})` : ''}: ${f.message}` } : f,
      ),
    ),
  ];
  const results = per.flatMap(({ result }) => (result ? [result] : []));
  return {
    ...(queries.length ? { query: queries.join('\n\n') } : {}),
    dataSources: unique(
      results.flatMap((r) => r.dataSources.map(dataSourceOf)),
      (s) => `${s.name}\u0000${s.connector}`,
    ),
    tables: [...new Set(results.flatMap((r) => r.tables))],
    gaps,
  };
}

/** The SIEM's fields with the draft in them; what the person wrote in prose stays. */
export function applyDraft(variant: VariantForm, draft: VariantDraft): VariantForm {
  return {
    ...variant,
    query: draft.query ?? variant.query,
    dataSources: draft.dataSources.length ? draft.dataSources : variant.dataSources,
    tables: draft.tables.length ? draft.tables.join(', ') : variant.tables,
  };
}

export function emptyVariant(platform: string): VariantForm {
  return { platform, query: '', description: '', tuning: '', dataSources: [], tables: '' };
}
