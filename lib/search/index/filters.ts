// The search filters as SQL over the Detection row `d`, alike on both databases (quoted names, parameters only).
import { Prisma } from '../../generated/sqlite/client';
import { PORTABLE_SLUG, PUBLISHED } from '../../vocabulary';
import type { FilterField } from '../href';
import type { SearchQuery } from '../params';

/**
 * Published detections passing every filter of the query but `except` (a facet counts its own field's values);
 * `anyStatus` keeps withdrawn and draft detections too (the change feeds name withdrawn ones).
 */
export function filterSql(query: SearchQuery, except?: FilterField, { anyStatus = false } = {}): Prisma.Sql {
  const and: Prisma.Sql[] = [anyStatus ? Prisma.sql`1 = 1` : Prisma.sql`d."status" = ${PUBLISHED}`];
  if (query.tactic && except !== 'tactic') {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "DetectionTechnique" dt
      JOIN "TechniqueTactic" tt ON tt."techniqueId" = dt."techniqueId"
      JOIN "Tactic" ta ON ta."id" = tt."tacticId"
      WHERE dt."detectionId" = d."id" AND ta."shortname" = ${query.tactic})`);
  }
  if (query.technique && except !== 'technique') {
    // A parent technique stands for its sub-techniques too: T1020 finds a detection mapped to T1020.001.
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "DetectionTechnique" dt JOIN "Technique" t ON t."id" = dt."techniqueId"
      WHERE dt."detectionId" = d."id" AND (dt."techniqueId" = ${query.technique} OR t."parentId" = ${query.technique}))`);
  }
  // Every detection has its portable Sigma rule, so `sigma` narrows nothing.
  if (query.platform && query.platform !== PORTABLE_SLUG && except !== 'platform') {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "DetectionVariant" v
      WHERE v."detectionId" = d."id" AND v."platformSlug" = ${query.platform})`);
  }
  if (query.severity && except !== 'severity') and.push(Prisma.sql`d."severity" = ${query.severity}`);
  if (query.source && except !== 'source') and.push(Prisma.sql`d."source" = ${query.source}`);
  return Prisma.join(and, ' AND ');
}
