import { Markdown } from '@/components/mdx/Markdown';
import { Section } from '@/components/ui/Section';
import type { ProofSummary } from '@/lib/detections/proof';
import { isImported } from '@/lib/detections/source';
import type { DetectionOverview } from '@/lib/queries/detection-overview';
import { urls } from '@/lib/urls';
import { AttackMapping } from './AttackMapping';
import { DetectionHeader } from './DetectionHeader';
import { SigmaDownload } from './SigmaDownload';

/** /detections/<slug>: what the detection is, and a door to each SIEM's version of it. */
export async function DetectionOverviewView({ d, proof }: { d: DetectionOverview; proof: ProofSummary }) {
  const techniques = d.techniques.map((t) => t.technique);
  return (
    <>
      <DetectionHeader
        techniqueIds={techniques.map((t) => t.id)}
        platformName={
          d.platforms.length ? `${d.platforms.length} SIEM${d.platforms.length === 1 ? '' : 's'} + Sigma` : 'Sigma'
        }
        title={d.title}
        summary={d.summary}
        severity={d.severity}
        confidence={d.confidence}
        proof={proof}
        source={d.source}
        version={d.publishedVersion}
        breadcrumbs={[
          { href: urls.matrix(), label: 'Techniques' },
          ...techniques.map((t) => ({ href: urls.technique(t.id), label: t.id })),
          { href: urls.detection(d.slug), label: d.title },
        ]}
      />
      <div className="border-b border-slate-200" />
      <div className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6">
        <Section id="platforms" title="Choose your SIEM">
          <ul className="grid gap-3 sm:grid-cols-2">
            {d.platforms.map((v) => (
              <li key={v.platformSlug}>
                <a
                  href={urls.variant(d.slug, v.platformSlug)}
                  data-testid="variant-link"
                  className="block rounded-lg border border-slate-200 p-4 hover:border-brand-500 hover:bg-brand-50"
                >
                  <div className="flex items-center justify-between">
                    <span className="font-semibold text-slate-900">{v.platform.name}</span>
                    <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">
                      {v.platform.language}
                    </span>
                  </div>
                  <p className="mt-1 text-sm text-slate-600">{v.dataSources.join(' · ')}</p>
                  {v.converted ? (
                    <p className="mt-1 text-xs text-amber-800" data-testid="converted-label">
                      {v.hasQuery ? 'Converted from Sigma, not reviewed by a person' : 'Cannot be converted: see why'}
                    </p>
                  ) : null}
                </a>
              </li>
            ))}
            <li>
              <a
                href={urls.sigma(d.slug)}
                data-testid="variant-link"
                className="block rounded-lg border border-dashed border-slate-300 p-4 hover:border-brand-500 hover:bg-brand-50"
              >
                <div className="flex items-center justify-between">
                  <span className="font-semibold text-slate-900">Sigma (portable)</span>
                  <span className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">YAML</span>
                </div>
                <p className="mt-1 text-sm text-slate-600">Convert to any backend with sigma-cli or pySigma.</p>
              </a>
            </li>
          </ul>
        </Section>
        <Section id="overview" title={isImported(d.source) ? 'About this rule' : 'About the technique'}>
          <Markdown source={d.overviewMdx} label="overview" />
        </Section>
        <Section id="attack-mapping" title="MITRE ATT&CK mapping">
          <AttackMapping techniques={techniques} />
        </Section>
        <Section id="sigma" title="Portable Sigma rule" aside={<SigmaDownload slug={d.slug} />}>
          <p className="text-sm text-slate-600">
            {d.samples.length
              ? `Proven on ${d.samples.length} sample events (${proof.attack.matched}/${proof.attack.total} attack samples matched, ${proof.benign.matched}/${proof.benign.total} look-alikes matched).`
              : 'Imported as is: no sample events prove this rule here yet.'}
          </p>
        </Section>
      </div>
    </>
  );
}
