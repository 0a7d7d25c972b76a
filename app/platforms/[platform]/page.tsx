import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlatformView } from '@/components/catalog/PlatformView';
import { getDb } from '@/lib/db/client';
import { getPlatformPage } from '@/lib/queries/platform-page';
import { slugParam } from '@/lib/routes/params';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const platform = slugParam((await params).platform);
  const page = platform ? await getPlatformPage(getDb(), platform) : null;
  return page ? { title: `${page.platform.name} detections` } : {};
}

export default async function PlatformPage({ params }: Props) {
  const platform = slugParam((await params).platform);
  const page = platform ? await getPlatformPage(getDb(), platform) : null;
  if (!page) notFound();
  return <PlatformView page={page} />;
}
