import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlatformView } from '@/components/catalog/PlatformView';
import { platformPage } from '../../_data/cached';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await platformPage((await params).platform);
  return page ? { title: `${page.platform.name} detections` } : {};
}

export default async function PlatformPage({ params }: Props) {
  const page = await platformPage((await params).platform);
  if (!page) notFound();
  return <PlatformView page={page} />;
}
