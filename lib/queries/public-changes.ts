import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { matchingIdsSql, readMatching } from '../search/matching';
import type { SearchQuery } from '../search/params';

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
  // The page is chosen in SQL against the full-text match (a match can be the whole catalog); only its rows are read.
  const matching = Prisma.sql`pc."detectionId" IN ${matchingIdsSql(db, query, { anyStatus: true })}`;
  const [counted, seqs] = await readMatching(db, query, [
    Prisma.sql`SELECT count(*) AS n FROM "PublicChange" pc WHERE ${matching}`,
    Prisma.sql`
      SELECT pc."seq" AS seq FROM "PublicChange" pc WHERE ${matching}
      ORDER BY pc."at" DESC, pc."seq" DESC
      LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
  ]);
  const total = Number((counted?.[0] as { n?: bigint | number } | undefined)?.n ?? 0);
  const page = (seqs ?? []) as Array<{ seq: number | bigint }>;
  const rows = page.length
    ? await db.publicChange.findMany({
        where: { seq: { in: page.map((p) => Number(p.seq)) } },
        select: CHANGE,
        orderBy: [{ at: 'desc' }, { seq: 'desc' }],
      })
    : [];
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
