import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TechniqueView } from '@/components/attack/TechniqueView';
import { techniquePage } from '../../_data/cached';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await techniquePage((await params).id.toUpperCase());
  return t ? { title: `${t.id} ${t.name}` } : {};
}

export default async function TechniquePage({ params }: Props) {
  const technique = await techniquePage((await params).id.toUpperCase());
  if (!technique) notFound();
  return <TechniqueView t={technique} />;
}
