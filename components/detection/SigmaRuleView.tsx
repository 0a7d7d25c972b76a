import { CodeBlock } from '@/components/code/CodeBlock';
import { Section } from '@/components/ui/Section';
import type { ProofSummary } from '@/lib/detections/proof';
import type { DetectionOverview } from '@/lib/queries/detection-overview';
import { urls } from '@/lib/urls';
import { PORTABLE_SLUG } from '@/lib/vocabulary';
import { DetectionHeader } from './DetectionHeader';
import { OtherPlatforms } from './OtherPlatforms';
import { PlatformTabs } from './PlatformTabs';
import { SampleProof } from './SampleProof';
import { SigmaDownload } from './SigmaDownload';

/** /detections/<slug>/sigma: the portable rule itself, as stored, with the proof behind it. */
export function SigmaRuleView({ d, proof }: { d: DetectionOverview; proof: ProofSummary }) {
  const ids = d.techniques.map((t) => t.techniqueId);
  return (
    <>
      <DetectionHeader
        techniqueIds={ids}
        platformName="Sigma"
        title={`${d.title}: portable Sigma rule`}
        summary={d.summary}
        severity={d.severity}
        confidence={d.confidence}
        proof={proof}
        source={d.source}
        version={d.publishedVersion}
        breadcrumbs={[
          { href: urls.matrix(), label: 'Techniques' },
          { href: urls.detection(d.slug), label: d.title },
          { href: urls.sigma(d.slug), label: 'Sigma' },
        ]}
      />
      <PlatformTabs slug={d.slug} current={PORTABLE_SLUG} variants={d.platforms} />
      <div className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6">
        <Section id="sigma" title="Sigma rule" aside={<SigmaDownload slug={d.slug} />}>
          <CodeBlock code={d.sigmaYaml} lang="yaml" label="Sigma · YAML" filename={`${d.slug}.yml`} />
        </Section>
        <Section id="testing" title="Proof on sample events">
          <SampleProof samples={d.samples} proof={proof} />
        </Section>
        <Section id="other-platforms" title={`SIEM queries for ${ids.join(', ')}`}>
          <OtherPlatforms
            slug={d.slug}
            current={PORTABLE_SLUG}
            techniqueLabel={ids.join(', ')}
            variants={d.platforms}
            hidePortable
          />
        </Section>
      </div>
    </>
  );
}
