import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { DetectionEditor } from '@/components/editor/DetectionEditor';
import { getDb } from '@/lib/db/client';
import { blankForm } from '@/lib/editor/blank-form';
import { editorOptions } from '@/lib/queries/editor-options';
import { requireEditor } from '../editor-actor';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New detection', robots: { index: false } };

export default async function NewDetectionPage() {
  const me = await requireEditor();
  const options = await editorOptions(getDb());
  const today = new Date().toISOString().slice(0, 10);
  return (
    <DetectionEditor
      initial={blankForm(randomUUID(), today)}
      etag={null}
      meta={null}
      me={{ email: me.email, role: me.role }}
      {...options}
    />
  );
}
