import { CodeBlock } from '@/components/code/CodeBlock';
import { Markdown } from '@/components/mdx/Markdown';
import { Badge, severityTone } from '@/components/ui/Badge';
import { Section } from '@/components/ui/Section';
import type { ProofSummary } from '@/lib/detections/proof';
import { variantTitle } from '@/lib/detections/titles';
import type { DetectionVariantPage } from '@/lib/queries/detection-variant-page';
import { urls } from '@/lib/urls';
import { AttackMapping } from './AttackMapping';
import { ConversionNotes, ConvertedQuery, convertedDataSources } from './ConvertedQuery';
import { DataSources } from './DataSources';
import { DetectionHeader } from './DetectionHeader';
import { FalsePositives } from './FalsePositives';
import { OtherPlatforms } from './OtherPlatforms';
import { PageToc, type TocItem } from './PageToc';
import { PlatformTabs } from './PlatformTabs';
import { RelatedDetections } from './RelatedDetections';
import { SampleProof } from './SampleProof';
import { SigmaDownload } from './SigmaDownload';
import { TestPlan } from './TestPlan';
import { testCase } from './test-case';

const asFalsePositives = (v: unknown) => (Array.isArray(v) ? (v as Array<{ title: string; detail: string }>) : []);
const asStrings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

export async function DetectionVariantView({ page, proof }: { page: DetectionVariantPage; proof: ProofSummary }) {
  const { detection: d, variant: v, converted, platform } = page;
  const techniques = d.techniques.map((t) => t.technique);
  const first = techniques[0];
  const techniqueLabel = techniques.map((t) => `${t.id} ${t.name}`).join(', ');
  const related = d.relatedFrom.map((r) => r.to);
  const extra = [
    { id: 'investigation', label: 'Investigation guide', mdx: d.investigationMdx },
    { id: 'response', label: 'Response playbook', mdx: d.responseMdx },
    { id: 'hunting', label: 'Hunting queries', mdx: d.huntingMdx },
  ].filter((s) => s.mdx);
  const toc: TocItem[] = [
    { id: 'overview', label: 'About the technique' },
    { id: 'attack-mapping', label: 'ATT&CK mapping' },
    { id: 'query', label: `${platform.shortName} query` },
    { id: 'severity', label: 'Severity and confidence' },
    { id: 'query-description', label: 'What the query does' },
    { id: 'data-sources', label: 'Data sources' },
    { id: 'false-positives', label: 'False positives and tuning' },
    { id: 'sigma', label: 'Sigma rule' },
    { id: 'other-platforms', label: 'Other platforms' },
    { id: 'testing', label: 'Testing methodology' },
    { id: 'related', label: 'Related detections' },
    ...extra.map((s) => ({ id: s.id, label: s.label })),
  ];

  return (
    <>
      <DetectionHeader
        techniqueIds={techniques.map((t) => t.id)}
        platformName={platform.name}
        title={variantTitle(d.title, platform.name)}
        summary={d.summary}
        severity={d.severity}
        confidence={d.confidence}
        proof={proof}
        source={d.source}
        version={d.publishedVersion}
        breadcrumbs={[
          { href: urls.matrix(), label: 'Techniques' },
          ...(first?.parent ? [{ href: urls.technique(first.parent.id), label: first.parent.id }] : []),
          ...(first ? [{ href: urls.technique(first.id), label: first.id }] : []),
          { href: urls.detection(d.slug), label: d.title },
          { href: urls.variant(d.slug, platform.slug), label: platform.shortName },
        ]}
      />
      <PlatformTabs slug={d.slug} current={platform.slug} variants={page.platforms} />
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-8 sm:px-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="min-w-0 space-y-6">
          <Section id="overview" title="About the technique">
            <Markdown source={d.overviewMdx} label="overview" />
          </Section>
          <Section id="attack-mapping" title="MITRE ATT&CK mapping">
            <AttackMapping techniques={techniques.map((t) => ({ ...t, tactics: t.tactics }))} />
          </Section>
          <Section id="query" title={`${platform.shortName} detection query`}>
            {v ? (
              <CodeBlock
                code={v.query}
                lang={platform.highlightLang}
                label={`${platform.name} · ${platform.language}`}
                filename={`${d.slug}.${platform.queryExt}`}
              />
            ) : (
              <ConvertedQuery slug={d.slug} platform={platform} converted={converted} />
            )}
          </Section>
          <Section id="severity" title="Severity and confidence">
            <div className="flex flex-wrap gap-6 text-sm">
              <div>
                <p className="caps">Severity</p>
                <p className="mt-1">
                  <Badge tone={severityTone(d.severity)} testId="severity-value">
                    {d.severity}
                  </Badge>
                </p>
              </div>
              <div>
                <p className="caps">Confidence</p>
                <p className="mt-1">
                  <Badge testId="confidence-value">{d.confidence}</Badge>
                </p>
              </div>
              <p className="max-w-xl text-slate-600">
                Severity is the harm if the activity is malicious; confidence is how likely a hit is malicious before
                tuning.
              </p>
            </div>
          </Section>
          <Section id="query-description" title="What the query does">
            {v ? (
              <Markdown source={v.descriptionMdx} label="query description" />
            ) : (
              <ConversionNotes platformName={platform.shortName} converted={converted} />
            )}
          </Section>
          <Section id="data-sources" title="Data sources">
            {v ? (
              <DataSources platformName={platform.shortName} dataSources={v.dataSources} tables={asStrings(v.tables)} />
            ) : (
              <DataSources
                platformName={platform.shortName}
                dataSources={convertedDataSources(converted)}
                tables={[...new Set(converted?.rules.flatMap((r) => r.tables) ?? [])]}
              />
            )}
          </Section>
          <Section id="false-positives" title="False positives and tuning">
            <FalsePositives
              items={asFalsePositives(d.falsePositives)}
              tuningMdx={v?.tuningMdx ?? ''}
              platformName={platform.shortName}
            />
          </Section>
          <Section id="sigma" title="Portable Sigma rule" aside={<SigmaDownload slug={d.slug} />}>
            <CodeBlock code={d.sigmaYaml} lang="yaml" label="Sigma · YAML" filename={`${d.slug}.yml`} />
          </Section>
          <Section id="other-platforms" title={`Other platforms for ${techniques.map((t) => t.id).join(', ')}`}>
            <OtherPlatforms
              slug={d.slug}
              current={platform.slug}
              techniqueLabel={techniqueLabel}
              variants={page.platforms}
            />
          </Section>
          <Section id="testing" title="Testing methodology">
            <p className="mb-4 text-sm text-slate-600">
              {`${d.testCases.length} test${d.testCases.length === 1 ? '' : 's'} to validate this detection: the behaviour to exercise and the telemetry it must leave.`}
            </p>
            <TestPlan tests={d.testCases.map(testCase)} />
            <h3 className="mb-2 mt-6 font-semibold text-slate-900">Proof on sample events</h3>
            <SampleProof samples={d.samples} proof={proof} eventsHref={urls.sigma(d.slug, 'testing')} />
          </Section>
          <Section id="related" title="Related detections">
            <RelatedDetections items={related} platform={platform.slug} />
          </Section>
          {extra.map((s) => (
            <Section key={s.id} id={s.id} title={s.label}>
              <Markdown source={s.mdx} label={s.label} />
            </Section>
          ))}
        </div>
        <aside className="hidden lg:block">
          <div className="sticky top-20 space-y-6">
            <PageToc items={toc} />
            <SigmaDownload slug={d.slug} block />
          </div>
        </aside>
      </div>
    </>
  );
}
