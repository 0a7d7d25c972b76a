import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';
import type { SearchQuery } from '../search/params';
import { currentProvider } from '../search/text-contains';
import { matchingWhere } from '../search/where';

const CHANGE = {
  seq: true,
  kind: true,
  revision: true,
  at: true,
  detection: {
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      severity: true,
      status: true,
      source: true,
      techniques: { select: { techniqueId: true }, orderBy: { techniqueId: 'asc' } },
    },
  },
} satisfies Prisma.PublicChangeSelect;

export type PublicChangeItem = Prisma.PublicChangeGetPayload<{ select: typeof CHANGE }> & {
  /** The revision's own message ("Imported from content/", a reviewer's words); null for a withdrawal. */
  message: string | null;
};

/**
 * The public changes of the detections matching the search filters, newest first (the order they happened in
 * breaks ties of one instant). Filters apply to what each detection's rows hold now, withdrawn ones included.
 */
export async function getPublicChanges(
  db: Db,
  query: SearchQuery,
  { pageSize }: { pageSize: number },
): Promise<{ total: number; items: PublicChangeItem[] }> {
  const where: Prisma.PublicChangeWhereInput = { detection: matchingWhere(currentProvider(), query) };
  const [total, rows] = await Promise.all([
    db.publicChange.count({ where }),
    db.publicChange.findMany({
      where,
      select: CHANGE,
      orderBy: [{ at: 'desc' }, { seq: 'desc' }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const published = rows.filter((r) => r.kind !== 'withdrawn');
  const revisions = published.length
    ? await db.revision.findMany({
        where: { OR: published.map((r) => ({ detectionId: r.detection.id, number: r.revision })) },
        select: { detectionId: true, number: true, message: true },
      })
    : [];
  const messages = new Map(revisions.map((r) => [`${r.detectionId}/${r.number}`, r.message]));
  return {
    total,
    items: rows.map((r) => ({
      ...r,
      message: r.kind === 'withdrawn' ? null : (messages.get(`${r.detection.id}/${r.revision}`) ?? null),
    })),
  };
}
