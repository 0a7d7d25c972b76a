import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';
import { PUBLISHED } from '../vocabulary';

/** One page of active ATT&CK techniques in ID order, optionally of one tactic, with how many published detections cover each. */
export async function listTechniques(
  db: Db,
  { tactic, page, pageSize }: { tactic?: string; page: number; pageSize: number },
) {
  const where: Prisma.TechniqueWhereInput = {
    revoked: false,
    deprecated: false,
    ...(tactic ? { tactics: { some: { tactic: { shortname: tactic } } } } : {}),
  };
  const [total, items] = await Promise.all([
    db.technique.count({ where }),
    db.technique.findMany({
      where,
      orderBy: { id: 'asc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        url: true,
        parentId: true,
        tactics: { select: { tactic: { select: { shortname: true } } }, orderBy: { tactic: { order: 'asc' } } },
        _count: { select: { detections: { where: { detection: { status: PUBLISHED } } } } },
      },
    }),
  ]);
  return { total, page, pageSize, items };
}

export type TechniqueListItem = Awaited<ReturnType<typeof listTechniques>>['items'][number];
