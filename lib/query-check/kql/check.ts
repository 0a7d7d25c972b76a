// KQL (Microsoft Sentinel): parsed and analysed by Microsoft's own Kusto language service against the Sentinel
// schemas we declare, so a misspelt table, column or function is an error at its position.
import { type CheckOptions, findingAt, type QueryFinding } from '../types';
import { kustoService } from './service';

export function checkKql(text: string, options: CheckOptions = {}): QueryFinding[] {
  const service = kustoService();
  const diagnostics = options.semantic === false ? service.parse(text) : service.analyze(text);
  const findings: QueryFinding[] = [];
  for (const d of diagnostics) {
    // The service also offers suggestions and hints (style advice); only errors and warnings are findings.
    if (d.Severity !== 'Error' && d.Severity !== 'Warning') continue;
    const severity = d.Severity === 'Error' ? 'error' : 'warning';
    findings.push(findingAt(text, d.HasLocation ? d.Start : 0, d.Code, d.Message, severity));
  }
  return findings;
}
