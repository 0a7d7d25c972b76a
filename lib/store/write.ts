// The one way a detection is written: content import, Sigma import, the editor and the write API all come here.
// It owns the row shape (derive.ts), the content hash, revision numbering (head + 1, kept on the Detection row) and
// the versioned snapshot every revision holds; it writes many detections in a fixed number of statements.

import { snapshotOf } from '../detections/snapshot';
import type { Prisma } from '../generated/sqlite/client';
import { reindexDetections } from '../search/index/write';
import { DRAFT, PUBLISHED } from '../vocabulary';
import { createChildren, deleteChildren, type RowsToWrite } from './children';
import { type Derived, derive } from './derive';
import { type PublicChangeRow, publicChange, recordPublicChanges } from './public-changes';
import { writeRelated } from './related';
import { StoreConflict, type StoreWrite, type Tx, type WriteOutcome, type WriteResult } from './types';

interface Existing {
  id: string;
  slug: string;
  status: string;
  headRevision: number;
  publishedRevision: number | null;
  publishedAt: Date | null;
  contentHash: string;
  headHash: string;
}

interface Planned {
  write: StoreWrite;
  derived: Derived;
  existing?: Existing;
  outcome: WriteOutcome;
  /** The rows become the document (created, or rewritten). */
  rows: boolean;
  status: string;
  revision: number | null;
}

export async function writeDetections(tx: Tx, writes: readonly StoreWrite[], now: Date): Promise<WriteResult[]> {
  const existing = await loadExisting(
    tx,
    writes.map((w) => w.document.slug),
  );
  const plans = writes.map((w) => plan(w, existing.get(w.document.slug)));
  await refuseTakenRuleIds(tx, plans);

  const creates = plans.filter((p) => p.outcome === 'created');
  const ids = new Map<Planned, string>();
  if (creates.length) {
    const rows = await tx.detection.createManyAndReturn({
      data: creates.map((p) => ({ ...rowData(p, now), headRevision: 1 })),
      select: { id: true, slug: true },
    });
    const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
    for (const p of creates) ids.set(p, bySlug.get(p.write.document.slug) ?? '');
  }
  const updates = plans.filter((p) => p.existing && p.outcome !== 'unchanged');
  for (const p of updates) {
    const e = p.existing as Existing;
    ids.set(p, e.id);
    const pointers = { headRevision: p.revision ?? e.headRevision };
    await tx.detection.update({
      where: { id: e.id },
      data: p.rows ? { ...rowData(p, now), ...pointers } : { ...statusData(p, now), ...pointers },
    });
  }
  await deleteChildren(
    tx,
    updates.filter((p) => p.rows).map((p) => ids.get(p) ?? ''),
  );
  const rewritten: RowsToWrite[] = plans
    .filter((p) => p.rows)
    .map((p) => ({ detectionId: ids.get(p) ?? '', write: p.write, derived: p.derived }));
  await createChildren(tx, rewritten);
  await writeRelated(tx, rewritten);
  // The search index follows the rows in the same transaction, whoever wrote them; a change of status alone
  // (rows kept) changes the index's key row too.
  await reindexDetections(tx, [
    ...rewritten.map((r) => r.detectionId),
    ...updates.filter((p) => !p.rows).map((p) => ids.get(p) ?? ''),
  ]);

  const revised = plans.filter((p) => p.revision !== null);
  if (revised.length) {
    await tx.revision.createMany({
      data: revised.map((p) => ({
        detectionId: ids.get(p) ?? '',
        number: p.revision ?? 0,
        authorId: p.write.authorId ?? null,
        source: p.write.channel,
        message: p.write.message,
        snapshot: snapshotOf(p.write.document) as unknown as Prisma.InputJsonValue,
        contentHash: p.derived.contentHash,
        createdAt: now,
      })),
    });
  }
  const changes: PublicChangeRow[] = plans.flatMap((p) => {
    if (p.outcome === 'unchanged') return [];
    const change = publicChange(p.existing, {
      status: p.status,
      publishedRevision: statusData(p, now).publishedRevision ?? null,
    });
    return change ? [{ detectionId: ids.get(p) ?? '', ...change, at: now }] : [];
  });
  await recordPublicChanges(tx, changes);
  return plans.map((p) => ({
    slug: p.write.document.slug,
    id: ids.get(p) ?? p.existing?.id ?? '',
    outcome: p.outcome,
    revision: p.revision ?? p.existing?.headRevision ?? 0,
  }));
}

function plan(write: StoreWrite, existing: Existing | undefined): Planned {
  const slug = write.document.slug;
  if (write.expect === 'new' && existing) {
    throw new StoreConflict('SLUG_TAKEN', `a detection with the slug ${slug} already exists`, slug);
  }
  if (write.expect && write.expect !== 'new' && existing?.id !== write.expect.id) {
    throw new StoreConflict('DETECTION_CHANGED', `detection ${slug} is not the one this change was made to`, slug);
  }
  const derived = derive(write.document, write.source, { proof: write.proof, rules: write.rules });
  const status = write.mode === 'publish' ? PUBLISHED : write.mode === 'draft' ? DRAFT : (existing?.status ?? DRAFT);
  if (!existing) return { write, derived, outcome: 'created', rows: true, status, revision: 1 };
  const newRevision = derived.contentHash !== existing.headHash;
  const nextRevision = newRevision ? existing.headRevision + 1 : null;
  // A change to a public detection waits for review: only its revision is written.
  if (write.mode === 'revise' && existing.status === PUBLISHED) {
    return {
      write,
      derived,
      existing,
      outcome: newRevision ? 'revised' : 'unchanged',
      rows: false,
      status,
      revision: nextRevision,
    };
  }
  const rows = derived.contentHash !== existing.contentHash;
  const changed = rows || status !== existing.status || newRevision;
  return { write, derived, existing, outcome: changed ? 'updated' : 'unchanged', rows, status, revision: nextRevision };
}

function rowData(p: Planned, now: Date) {
  return {
    ...p.derived.fields,
    proof: p.derived.fields.proof as unknown as Prisma.InputJsonValue,
    ...statusData(p, now),
  };
}

/** Status and the published pointers: a publish points at the revision the rows now hold. */
function statusData(p: Planned, now: Date) {
  const published = p.status === PUBLISHED;
  const head = p.revision ?? p.existing?.headRevision ?? 1;
  return {
    status: p.status,
    publishedRevision: published
      ? p.rows || p.existing?.status !== PUBLISHED
        ? head
        : p.existing?.publishedRevision
      : null,
    publishedAt: published ? (p.existing?.publishedAt ?? now) : null,
  };
}

async function loadExisting(tx: Tx, slugs: readonly string[]): Promise<Map<string, Existing>> {
  const rows = await tx.detection.findMany({
    where: { slug: { in: [...slugs] } },
    select: {
      id: true,
      slug: true,
      status: true,
      headRevision: true,
      publishedRevision: true,
      publishedAt: true,
      contentHash: true,
    },
  });
  const heads = rows.length
    ? await tx.revision.findMany({
        where: { OR: rows.map((r) => ({ detectionId: r.id, number: r.headRevision })) },
        select: { detectionId: true, contentHash: true },
      })
    : [];
  const headHash = new Map(heads.map((h) => [h.detectionId, h.contentHash]));
  return new Map(rows.map((r) => [r.slug, { ...r, headHash: headHash.get(r.id) ?? '' }]));
}

/** A Sigma rule id belongs to one detection: taking another's is refused by name, not by a bare unique-index error. */
async function refuseTakenRuleIds(tx: Tx, plans: readonly Planned[]): Promise<void> {
  const claimed = new Map<string, string>();
  for (const p of plans.filter((x) => x.rows)) {
    for (const r of p.derived.rules) {
      const other = claimed.get(r.id);
      if (other && other !== p.write.document.slug) {
        throw new StoreConflict('SIGMA_ID_TAKEN', `rule id ${r.id} is also a rule of ${other}`, p.write.document.slug);
      }
      claimed.set(r.id, p.write.document.slug);
    }
  }
  if (claimed.size === 0) return;
  const owners = await tx.detectionRule.findMany({
    where: { id: { in: [...claimed.keys()] } },
    select: { id: true, detection: { select: { slug: true } } },
  });
  for (const o of owners) {
    const slug = claimed.get(o.id);
    if (slug && o.detection.slug !== slug) {
      throw new StoreConflict('SIGMA_ID_TAKEN', `rule id ${o.id} is already a rule of ${o.detection.slug}`, slug);
    }
  }
}
