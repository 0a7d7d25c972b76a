import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetectionVariantView } from '@/components/detection/DetectionVariantView';
import { SigmaRuleView } from '@/components/detection/SigmaRuleView';
import { storedProof } from '@/lib/detections/proof';
import { variantTitle } from '@/lib/detections/titles';
import { variantParams } from '@/lib/routes/params';
import { urls } from '@/lib/urls';
import { PORTABLE_SLUG } from '@/lib/vocabulary';
import { detectionOverview, detectionVariantPage } from '../../../_data/cached';
import { pageMetadata } from '../../../_data/metadata';

// Rendered on first request, then served from Next's cache until content changes (see app/api/revalidate).
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = variantParams(await params);
  if (!p) return {};
  const { slug, platform } = p;
  if (platform === PORTABLE_SLUG) {
    const d = await detectionOverview(slug);
    return d
      ? pageMetadata({
          title: `${d.title}: Sigma rule`,
          description: d.summary,
          path: urls.sigma(slug),
          type: 'article',
        })
      : {};
  }
  const page = await detectionVariantPage(slug, platform);
  if (!page) return {};
  return pageMetadata({
    title: variantTitle(page.detection.title, page.platform.name),
    description: page.detection.summary,
    path: urls.variant(slug, platform),
    type: 'article',
  });
}

export default async function DetectionVariantPage({ params }: Props) {
  const p = variantParams(await params);
  if (!p) notFound();
  const { slug, platform } = p;
  if (platform === PORTABLE_SLUG) {
    const d = await detectionOverview(slug);
    if (!d) notFound();
    return <SigmaRuleView d={d} proof={storedProof(d.proof)} />;
  }
  const page = await detectionVariantPage(slug, platform);
  if (!page) notFound();
  return <DetectionVariantView page={page} proof={storedProof(page.detection.proof)} />;
}
