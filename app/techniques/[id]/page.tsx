import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TechniqueView } from '@/components/attack/TechniqueView';
import { techniqueParam } from '@/lib/routes/params';
import { urls } from '@/lib/urls';
import { techniquePage } from '../../_data/cached';
import { pageMetadata } from '../../_data/metadata';

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = techniqueParam((await params).id);
  const t = id ? await techniquePage(id) : null;
  if (!t) return {};
  const n = t.detections.length;
  const name = t.parent ? `${t.parent.name}: ${t.name}` : t.name;
  return pageMetadata({
    title: `${t.id} ${name}`,
    description: n
      ? `${n} detection${n === 1 ? '' : 's'} for MITRE ATT&CK ${t.id} ${name}, with queries for QRadar, Splunk, Sentinel and Elastic and portable Sigma rules.`
      : `MITRE ATT&CK ${t.id} ${name}: no Tripline detection yet.`,
    path: urls.technique(t.id),
  });
}

export default async function TechniquePage({ params }: Props) {
  const id = techniqueParam((await params).id);
  const technique = id ? await techniquePage(id) : null;
  if (!technique) notFound();
  return <TechniqueView t={technique} />;
}
