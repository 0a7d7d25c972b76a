// What the converter makes of a detection's Sigma rules, for every SIEM, in the shape the store keeps: one row per
// rule per SIEM, with the query (or none) and the gap report. Pure: the store and its refresh call it.
import { CONVERTER_VERSION, type ConvertFinding, convertFile, TARGETS } from '../sigma/convert';

export interface ConversionRow {
  platformSlug: string;
  ruleIndex: number;
  ruleId: string | null;
  ruleTitle: string | null;
  query: string | null;
  findings: ConvertFinding[];
  dataSources: string[];
  tables: string[];
  converterVersion: string;
}

export function convertDetectionRules(sigma: string): ConversionRow[] {
  const file = convertFile(sigma, TARGETS);
  return file.rules.flatMap((rule) =>
    rule.results.map((r) => ({
      platformSlug: r.target,
      ruleIndex: rule.index,
      ruleId: rule.id?.toLowerCase() ?? null,
      ruleTitle: rule.title ?? null,
      query: r.ok && r.query !== undefined ? r.query : null,
      findings: r.findings,
      dataSources: r.dataSources,
      tables: r.tables,
      converterVersion: r.converterVersion,
    })),
  );
}

export { CONVERTER_VERSION };
