import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetectionOverviewView } from '@/components/detection/DetectionOverviewView';
import { storedProof } from '@/lib/detections/proof';
import { detectionOverview } from '../../_data/cached';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = await detectionOverview((await params).slug);
  return d ? { title: d.title, description: d.summary } : {};
}

export default async function DetectionPage({ params }: Props) {
  const d = await detectionOverview((await params).slug);
  if (!d) notFound();
  return <DetectionOverviewView d={d} proof={storedProof(d.proof)} />;
}
