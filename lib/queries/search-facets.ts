import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** What the search filters offer: the ATT&CK tactics in matrix order, the SIEMs in display order, the sources. */
export async function getSearchFacets(db: Db) {
  const [tactics, platforms, sources] = await Promise.all([
    db.tactic.findMany({ orderBy: { order: 'asc' }, select: { shortname: true, name: true } }),
    db.platform.findMany({ orderBy: { order: 'asc' }, select: { slug: true, name: true, shortName: true } }),
    db.detection.groupBy({ by: ['source'], where: { status: PUBLISHED }, orderBy: { source: 'asc' } }),
  ]);
  return { tactics, platforms, sources: sources.map((s) => s.source) };
}

export type SearchFacets = Awaited<ReturnType<typeof getSearchFacets>>;
