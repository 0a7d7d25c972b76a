import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlatformView } from '@/components/catalog/PlatformView';
import { slugParam } from '@/lib/routes/params';
import { platformPage } from '../../_data/cached';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const platform = slugParam((await params).platform);
  const page = platform ? await platformPage(platform) : null;
  return page ? { title: `${page.platform.name} detections` } : {};
}

export default async function PlatformPage({ params }: Props) {
  const platform = slugParam((await params).platform);
  const page = platform ? await platformPage(platform) : null;
  if (!page) notFound();
  return <PlatformView page={page} />;
}
