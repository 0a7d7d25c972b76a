import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetectionOverviewView } from '@/components/detection/DetectionOverviewView';
import { storedProof } from '@/lib/detections/proof';
import { slugParam } from '@/lib/routes/params';
import { urls } from '@/lib/urls';
import { detectionOverview } from '../../_data/cached';
import { pageMetadata } from '../../_data/metadata';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = slugParam((await params).slug);
  const d = slug ? await detectionOverview(slug) : null;
  return d
    ? pageMetadata({ title: d.title, description: d.summary, path: urls.detection(d.slug), type: 'article' })
    : {};
}

export default async function DetectionPage({ params }: Props) {
  const slug = slugParam((await params).slug);
  const d = slug ? await detectionOverview(slug) : null;
  if (!d) notFound();
  return <DetectionOverviewView d={d} proof={storedProof(d.proof)} />;
}
