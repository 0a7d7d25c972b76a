import type { Db } from '../db/client';

/** What the search filters offer: the ATT&CK tactics in matrix order and the SIEMs in display order. */
export async function getSearchFacets(db: Db) {
  const [tactics, platforms] = await Promise.all([
    db.tactic.findMany({ orderBy: { order: 'asc' }, select: { shortname: true, name: true } }),
    db.platform.findMany({ orderBy: { order: 'asc' }, select: { slug: true, name: true, shortName: true } }),
  ]);
  return { tactics, platforms };
}

export type SearchFacets = Awaited<ReturnType<typeof getSearchFacets>>;
