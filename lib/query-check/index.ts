// Machine checks for SIEM queries, one entry point for the shipped content, the Sigma converter and the editor:
// KQL by Microsoft's Kusto language service against the Sentinel schemas we declare, ES|QL by our parser of Elastic's
// grammar, AQL and SPL by lints (quotes, parentheses, clause and command structure, known functions).
import { checkAql } from './aql/check';
import { checkEsql } from './esql/check';
import { checkKql } from './kql/check';
import { checkSpl } from './spl/check';
import { type CheckOptions, type QueryFinding, type QueryPlatform, sortFindings } from './types';

export type { CheckOptions, QueryFinding, QueryPlatform, QuerySeverity } from './types';

export const QUERY_PLATFORMS: readonly QueryPlatform[] = ['qradar', 'splunk', 'sentinel', 'elastic'];

/** Every problem found in `text`, in reading order; an empty list means the query passed every check. */
export function checkQuery(platform: QueryPlatform, text: string, options: CheckOptions = {}): QueryFinding[] {
  switch (platform) {
    case 'sentinel':
      return sortFindings(checkKql(text, options));
    case 'elastic':
      return sortFindings(checkEsql(text));
    case 'qradar':
      return sortFindings(checkAql(text));
    case 'splunk':
      return sortFindings(checkSpl(text));
  }
}

const EXTENSIONS: Record<string, QueryPlatform> = { aql: 'qradar', spl: 'splunk', kql: 'sentinel', esql: 'elastic' };

/** The platform a query file is for, by its extension (`qradar.aql`, `sentinel.kql`), or undefined. */
export function platformForFile(path: string): QueryPlatform | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}
