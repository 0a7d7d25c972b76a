import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlatformView } from '@/components/catalog/PlatformView';
import { getDb } from '@/lib/db/client';
import { getPlatformPage } from '@/lib/queries/platform-page';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPlatformPage(getDb(), (await params).platform);
  return page ? { title: `${page.platform.name} detections` } : {};
}

export default async function PlatformPage({ params }: Props) {
  const page = await getPlatformPage(getDb(), (await params).platform);
  if (!page) notFound();
  return <PlatformView page={page} />;
}
