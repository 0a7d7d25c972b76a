import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreButton } from '@/components/history/RestoreButton';
import { RevisionList } from '@/components/history/RevisionList';
import { SideBySideDiff } from '@/components/history/SideBySideDiff';
import { canEdit } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { chooseComparison } from '@/lib/history/comparison';
import { diffDocuments } from '@/lib/history/document-diff';
import { slugParam } from '@/lib/routes/params';
import { urls } from '@/lib/urls';
import { getRevision, listRevisions, readSource, WorkflowError } from '@/lib/workflow';
import { requireActor } from '../../../_data/actor';
import { restoreAction } from './actions';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function HistoryPage({ params, searchParams }: Props) {
  const slug = slugParam((await params).slug);
  if (!slug) notFound();
  const actor = await requireActor(urls.history(slug), canEdit);
  const db = getDb();
  const loaded = await Promise.all([readSource(db, slug, actor), listRevisions(db, slug)]).catch((error) => {
    if (error instanceof WorkflowError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!loaded) notFound();
  const [source, revisions] = loaded;
  const query = await searchParams;
  const compare = chooseComparison(
    revisions.map((r) => r.number),
    one(query.from),
    one(query.to),
  );
  const diff = compare
    ? diffDocuments(
        (await getRevision(db, slug, compare.from)).document,
        (await getRevision(db, slug, compare.to)).document,
      )
    : null;
  const { meta } = source;

  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8 sm:px-6">
      <div>
        <p className="text-sm text-slate-500">
          <Link href={urls.editor()} className="hover:text-slate-900">
            Editor
          </Link>{' '}
          /{' '}
          <Link href={urls.editor(slug)} className="hover:text-slate-900">
            {slug}
          </Link>{' '}
          / history
        </p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-slate-900">History of {source.document.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {revisions.length} revision{revisions.length === 1 ? '' : 's'}; {meta.status}
          {meta.publishedRevision ? `, revision ${meta.publishedRevision} public` : ''}.
          {meta.editable ? ' Restoring an old revision makes it the newest one; it is published after review.' : ''}
          {meta.editable ? '' : ` Imported from ${meta.source}: change it there and import again.`}
          {meta.status === 'published' ? (
            <>
              {' '}
              <Link href={urls.detection(slug)} className="font-medium text-brand-700 underline">
                Public page
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
        <section
          className="h-fit rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          aria-labelledby="revisions"
        >
          <h2 id="revisions" className="mb-2 text-[17px] font-semibold text-slate-900">
            Revisions
          </h2>
          <RevisionList
            revisions={revisions}
            compare={compare}
            action={urls.history(slug)}
            head={meta.headRevision}
            restore={(n) => (meta.editable ? <RestoreButton slug={slug} number={n} action={restoreAction} /> : null)}
          />
        </section>
        <section
          id="diff"
          className="min-w-0 scroll-mt-20 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          aria-labelledby="diff-title"
        >
          <h2 id="diff-title" className="mb-3 text-[17px] font-semibold text-slate-900">
            {compare ? `Revision ${compare.from} → revision ${compare.to}` : 'Changes'}
          </h2>
          {compare && diff ? (
            <SideBySideDiff fields={diff} from={compare.from} to={compare.to} />
          ) : (
            <p className="text-sm text-slate-600">One revision so far: nothing to compare yet.</p>
          )}
        </section>
      </div>
    </div>
  );
}
