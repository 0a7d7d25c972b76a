import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TechniqueView } from '@/components/attack/TechniqueView';
import { getDb } from '@/lib/db/client';
import { getTechniquePage } from '@/lib/queries/technique-page';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTechniquePage(getDb(), (await params).id.toUpperCase());
  return t ? { title: `${t.id} ${t.name}` } : {};
}

export default async function TechniquePage({ params }: Props) {
  const technique = await getTechniquePage(getDb(), (await params).id.toUpperCase());
  if (!technique) notFound();
  return <TechniqueView t={technique} />;
}
