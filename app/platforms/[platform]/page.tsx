import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlatformView } from '@/components/catalog/PlatformView';
import { slugParam } from '@/lib/routes/params';
import { urls } from '@/lib/urls';
import { platformPage } from '../../_data/cached';
import { pageMetadata } from '../../_data/metadata';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ platform: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const platform = slugParam((await params).platform);
  const page = platform ? await platformPage(platform) : null;
  if (!page) return {};
  const { platform: p, variants } = page;
  return pageMetadata({
    title: `${p.name} detections`,
    description: `${variants.length} detection${variants.length === 1 ? '' : 's'} written in ${p.language} for ${p.name}, each mapped to MITRE ATT&CK and proven by a Sigma rule on sample events.`,
    path: urls.platform(p.slug),
  });
}

export default async function PlatformPage({ params }: Props) {
  const platform = slugParam((await params).platform);
  const page = platform ? await platformPage(platform) : null;
  if (!page) notFound();
  return <PlatformView page={page} />;
}
