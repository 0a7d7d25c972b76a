import { Badge, severityTone } from '@/components/ui/Badge';
import type { ProofSummary } from '@/lib/detections/proof';
import { isImported, sourceLabel } from '@/lib/detections/source';
import type { PublishedVersion } from '@/lib/queries/published-version';

interface Props {
  techniqueIds: string[];
  platformName: string;
  title: string;
  summary: string;
  severity: string;
  confidence: string;
  proof: ProofSummary;
  /** `tripline` or the imported collection: an analyst tells our proven rules from a bulk import at a glance. */
  source: string;
  breadcrumbs: Array<{ href: string; label: string }>;
  /** The published revision: readers see how current the page is. */
  version: PublishedVersion | null;
}

export function DetectionHeader({
  techniqueIds,
  platformName,
  title,
  summary,
  severity,
  confidence,
  proof,
  source,
  breadcrumbs,
  version,
}: Props) {
  const date = version?.date.toISOString();
  return (
    <div data-testid="detection-header" className="bg-white">
      <div className="mx-auto max-w-7xl px-4 pb-5 pt-8 sm:px-6">
        {/* Plain links (here and on the rest of the page): a full load of a cached page, with no router prefetch. */}
        <nav aria-label="Breadcrumb" className="crumbs">
          {breadcrumbs.map((b) => (
            <a key={b.href} href={b.href}>
              {b.label}
            </a>
          ))}
        </nav>
        <p data-testid="detection-eyebrow" className="font-mono text-sm font-medium text-brand-700">
          {`${techniqueIds.join(', ')} · ${platformName}`}
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        <p className="mt-2 max-w-3xl text-[15px] text-slate-600">{summary}</p>
        {version && date ? (
          <p className="mt-2 text-xs text-slate-500" data-testid="published-version">
            {`Version ${version.number}, published `}
            <time dateTime={date}>{date.slice(0, 10)}</time>
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <Badge tone={severityTone(severity)} testId="severity-badge">
            {`Severity: ${severity}`}
          </Badge>
          <Badge testId="confidence-badge">{`Confidence: ${confidence}`}</Badge>
          <Badge tone={isImported(source) ? undefined : 'good'} testId="source-badge">
            {sourceLabel(source)}
          </Badge>
          {proof.error ? (
            <Badge tone="bad" testId="proof-badge">
              The rule cannot be evaluated here
            </Badge>
          ) : proof.attack.total === 0 ? (
            <Badge testId="proof-badge">No sample events yet: not proven here</Badge>
          ) : (
            <Badge tone={proof.ok ? 'good' : 'bad'} testId="proof-badge">
              {`${proof.ok ? '✓ Proven' : '✗ Unproven'}: ${proof.attack.matched}/${proof.attack.total} attack samples, ${proof.benign.matched}/${proof.benign.total} look-alikes`}
            </Badge>
          )}
        </div>
      </div>
    </div>
  );
}
