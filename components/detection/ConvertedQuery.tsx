import { CodeBlock } from '@/components/code/CodeBlock';
import type { ConvertedQueries } from '@/lib/queries/detection-variant-page';
import type { ConvertFinding } from '@/lib/sigma/convert';

interface PlatformLike {
  name: string;
  shortName: string;
  language: string;
  highlightLang: string;
  queryExt: string;
}

/** The converter names a log as "Sysmon Event ID 1 via Splunk Add-on for Sysmon": the log, then how it arrives. */
export function convertedDataSources(converted: ConvertedQueries | null) {
  const names = [...new Set(converted?.rules.flatMap((r) => r.dataSources) ?? [])];
  return names.map((full) => {
    const [name, connector] = full.split(' via ');
    return { dataSource: { name: name ?? full }, connector: connector ?? '' };
  });
}

function Findings({ findings, testId }: { findings: ConvertFinding[]; testId: string }) {
  return (
    <ul className="mt-2 space-y-1.5 text-sm" data-testid={testId}>
      {findings.map((f) => (
        <li key={`${f.code}-${f.path}-${f.message}`} className="flex gap-2">
          <span
            className={`mt-0.5 shrink-0 rounded px-1.5 py-0.5 font-mono text-[11px] ${
              f.severity === 'error' ? 'bg-red-100 text-red-800' : 'bg-amber-100 text-amber-900'
            }`}
          >
            {f.severity}
          </span>
          <span className="min-w-0 break-words text-slate-700">
            {f.message}
            {f.path ? <span className="ml-1 break-all font-mono text-xs text-slate-500">({f.path})</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A SIEM page without a query written by a person: the converter's queries, or why there is none, with the gaps. */
export async function ConvertedQuery({
  slug,
  platform,
  converted,
}: {
  slug: string;
  platform: PlatformLike;
  converted: ConvertedQueries | null;
}) {
  const rules = converted?.rules ?? [];
  return (
    <div className="space-y-5">
      <p
        className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        data-testid="converted-notice"
      >
        Converted by Tripline from the portable Sigma rule (converter {converted?.converterVersion}), not reviewed by a
        person. Check the field names and the gap report against your own {platform.shortName} data before you deploy
        it.
      </p>
      {rules.map((r) => {
        const errors = r.findings.filter((f) => f.severity === 'error');
        const warnings = r.findings.filter((f) => f.severity === 'warning');
        return (
          <div key={r.ruleIndex} className="space-y-3">
            {rules.length > 1 ? <h3 className="font-semibold text-slate-900">{r.ruleTitle ?? r.ruleId}</h3> : null}
            {r.query !== null ? (
              <CodeBlock
                code={r.query}
                lang={platform.highlightLang}
                label={`${platform.name} · ${platform.language} · converted`}
                filename={`${slug}${rules.length > 1 ? `-${r.ruleIndex + 1}` : ''}.${platform.queryExt}`}
              />
            ) : (
              <div className="rounded-lg border border-red-200 bg-red-50 px-4 py-3" data-testid="not-converted">
                <p className="text-sm font-medium text-red-900">
                  This rule cannot be expressed in {platform.language}:
                </p>
                <Findings findings={errors} testId="conversion-errors" />
              </div>
            )}
            {warnings.length ? (
              <div>
                <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                  Gap report: what differs from the Sigma rule
                </h4>
                <Findings findings={warnings} testId="conversion-warnings" />
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** "What the query does" for a converted page: where it came from and how far to trust it. */
export function ConversionNotes({
  platformName,
  converted,
}: {
  platformName: string;
  converted: ConvertedQueries | null;
}) {
  const rules = converted?.rules ?? [];
  const withQuery = rules.filter((r) => r.query !== null).length;
  const warnings = rules.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
  return (
    <div className="space-y-3 text-sm leading-6 text-slate-700">
      <p>
        The query above is the portable Sigma rule below, translated by Tripline's converter into {platformName}'s
        language with the field names and log sources of its usual add-ons and connectors. It keeps the rule's logic:
        the same selections, the same condition, and Sigma's case-insensitive matching wherever the language allows it.
      </p>
      <p>
        {withQuery} of {rules.length} rule{rules.length === 1 ? '' : 's'} converted
        {warnings ? `, with ${warnings} point${warnings === 1 ? '' : 's'} in the gap report` : ', with no gaps'}. No
        person has reviewed this query; the detections Tripline's own engineers wrote say so in their source label.
      </p>
    </div>
  );
}
