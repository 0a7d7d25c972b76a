import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TechniqueView } from '@/components/attack/TechniqueView';
import { techniqueParam } from '@/lib/routes/params';
import { techniquePage } from '../../_data/cached';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = techniqueParam((await params).id);
  const t = id ? await techniquePage(id) : null;
  return t ? { title: `${t.id} ${t.name}` } : {};
}

export default async function TechniquePage({ params }: Props) {
  const id = techniqueParam((await params).id);
  const technique = id ? await techniquePage(id) : null;
  if (!technique) notFound();
  return <TechniqueView t={technique} />;
}
