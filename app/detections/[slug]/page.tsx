import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetectionOverviewView } from '@/components/detection/DetectionOverviewView';
import { getDb } from '@/lib/db/client';
import { proofOf } from '@/lib/detections/proof';
import { getDetectionOverview } from '@/lib/queries/detection-overview';
import { slugParam } from '@/lib/routes/params';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = slugParam((await params).slug);
  const d = slug ? await getDetectionOverview(getDb(), slug) : null;
  return d ? { title: d.title, description: d.summary } : {};
}

export default async function DetectionPage({ params }: Props) {
  const slug = slugParam((await params).slug);
  const d = slug ? await getDetectionOverview(getDb(), slug) : null;
  if (!d) notFound();
  return <DetectionOverviewView d={d} proof={proofOf(d.sigmaYaml, d.samples)} />;
}
