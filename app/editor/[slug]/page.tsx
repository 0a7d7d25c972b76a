import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DetectionEditor } from '@/components/editor/DetectionEditor';
import { getDb } from '@/lib/db/client';
import { formOfDocument } from '@/lib/editor/form';
import { editorOptions } from '@/lib/queries/editor-options';
import { slugParam } from '@/lib/routes/params';
import { listRevisions, readSource, WorkflowError } from '@/lib/workflow';
import { requireEditor } from '../editor-actor';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Edit detection', robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function EditDetectionPage({ params }: Props) {
  const me = await requireEditor();
  const slug = slugParam((await params).slug);
  if (!slug) notFound();
  const db = getDb();
  const view = await readSource(db, slug, me).catch((error) => {
    if (error instanceof WorkflowError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  if (!view.meta.editable) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-12 text-slate-700">
        <h1 className="text-xl font-semibold text-slate-900">{view.document.title}</h1>
        <p className="mt-2">
          This detection is imported from the {view.meta.source} collection: change it there and import it again.
        </p>
      </div>
    );
  }
  const [options, revisions] = await Promise.all([editorOptions(db), listRevisions(db, slug)]);
  return (
    <DetectionEditor
      initial={formOfDocument(view.document)}
      etag={view.etag}
      meta={{
        status: view.meta.status,
        reviewState: view.meta.reviewState,
        revision: view.meta.headRevision,
        lastAuthor: revisions[0]?.author ?? null,
      }}
      me={{ email: me.email, role: me.role }}
      {...options}
    />
  );
}
