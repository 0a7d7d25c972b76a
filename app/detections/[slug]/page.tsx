import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetectionOverviewView } from '@/components/detection/DetectionOverviewView';
import { getDb } from '@/lib/db/client';
import { proofOf } from '@/lib/detections/proof';
import { getDetectionOverview } from '@/lib/queries/detection-overview';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = await getDetectionOverview(getDb(), (await params).slug);
  return d ? { title: d.title, description: d.summary } : {};
}

export default async function DetectionPage({ params }: Props) {
  const d = await getDetectionOverview(getDb(), (await params).slug);
  if (!d) notFound();
  return <DetectionOverviewView d={d} proof={proofOf(d.sigmaYaml, d.samples)} />;
}
