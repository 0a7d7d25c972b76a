import type { Metadata } from 'next';
import { EditorList } from '@/components/editor/EditorList';
import { getDb } from '@/lib/db/client';
import { getEditorList } from '@/lib/queries/editor-list';
import { requireEditor } from './editor-actor';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Editor', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditorPage({ searchParams }: Props) {
  const me = await requireEditor();
  const waiting = (await searchParams).waiting === 'me';
  const rows = await getEditorList(getDb(), waiting ? { waitingForReviewBy: me.userId } : {});
  return <EditorList rows={rows} waiting={waiting} />;
}
