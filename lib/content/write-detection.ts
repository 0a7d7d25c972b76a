import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/sqlite/client';
import { snapshotOf } from './snapshot';
import type { ValidatedDetection } from './validate-content';

type Tx = Prisma.TransactionClient;
export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/** Writes one detection and everything under it; unchanged source files mean no write and no new revision. */
export async function writeDetection(tx: Tx, item: ValidatedDetection, now: Date): Promise<WriteOutcome> {
  const det = item.source;
  const existing = await tx.detection.findUnique({
    where: { slug: det.slug },
    select: { id: true, contentHash: true, publishedAt: true },
  });
  if (existing?.contentHash === det.contentHash) return 'unchanged';

  const published = det.front.status === 'published';
  const fields = {
    slug: det.slug,
    sigmaId: item.sigmaId,
    title: det.front.title,
    summary: det.front.summary,
    severity: det.front.severity,
    confidence: det.front.confidence,
    status: det.front.status,
    overviewMdx: det.overview,
    investigationMdx: det.investigation,
    responseMdx: det.response,
    huntingMdx: det.hunting,
    falsePositives: det.front.falsePositives,
    sigmaYaml: det.sigmaYaml,
    sigmaSha256: createHash('sha256').update(det.sigmaYaml, 'utf8').digest('hex'),
    source: 'content',
    contentHash: det.contentHash,
    publishedAt: published ? (existing?.publishedAt ?? now) : null,
  };
  const row = existing
    ? await tx.detection.update({ where: { id: existing.id }, data: fields })
    : await tx.detection.create({ data: fields });
  const detectionId = row.id;

  if (existing) {
    await tx.detectionTechnique.deleteMany({ where: { detectionId } });
    await tx.detectionVariant.deleteMany({ where: { detectionId } });
    await tx.sampleEvent.deleteMany({ where: { detectionId } });
    await tx.testCase.deleteMany({ where: { detectionId } });
  }
  await tx.detectionTechnique.createMany({
    data: det.front.techniques.map((techniqueId) => ({ detectionId, techniqueId })),
  });

  for (const v of det.variants) {
    const variant = await tx.detectionVariant.create({
      data: {
        detectionId,
        platformSlug: v.platform,
        query: v.query,
        descriptionMdx: v.description,
        tuningMdx: v.tuning,
        tables: v.front.tables,
      },
    });
    for (const [order, ds] of v.front.dataSources.entries()) {
      const source = await tx.dataSource.upsert({ where: { name: ds.name }, create: { name: ds.name }, update: {} });
      await tx.variantDataSource.create({
        data: { variantId: variant.id, dataSourceId: source.id, connector: ds.connector, order },
      });
    }
  }

  const testIds = new Map<string, string>();
  for (const [order, t] of det.testPlan.tests.entries()) {
    const created = await tx.testCase.create({
      data: {
        detectionId,
        key: t.key,
        order,
        name: t.name,
        environment: t.environment,
        behaviour: t.behaviour,
        logSource: t.logSource,
        eventNames: t.eventNames,
        fields: t.fields,
        signal: t.signal,
        atomicRef: t.atomic ?? null,
      },
    });
    testIds.set(t.key, created.id);
  }
  await tx.sampleEvent.createMany({
    data: det.testPlan.samples.map((s, order) => ({
      detectionId,
      key: s.key,
      order,
      expect: s.expect,
      description: s.description,
      logSource: s.logSource,
      event: s.event as Prisma.InputJsonValue,
      testCaseId: s.test ? (testIds.get(s.test) ?? null) : null,
    })),
  });

  const last = await tx.revision.findFirst({
    where: { detectionId },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  await tx.revision.create({
    data: {
      detectionId,
      number: (last?.number ?? 0) + 1,
      source: 'content-import',
      message: existing ? 'Updated from content/' : 'Imported from content/',
      snapshot: snapshotOf(det) as Prisma.InputJsonValue,
    },
  });
  return existing ? 'updated' : 'created';
}

/** Related links are written after every detection exists, so a link may point either way. */
export async function writeRelated(tx: Tx, items: ReadonlyArray<ValidatedDetection>): Promise<void> {
  const ids = new Map((await tx.detection.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
  for (const item of items) {
    const fromId = ids.get(item.source.slug);
    if (!fromId) continue;
    const want = item.source.front.related.map((slug, order) => ({ fromId, toId: ids.get(slug) ?? '', order }));
    const have = await tx.relatedDetection.findMany({ where: { fromId }, orderBy: { order: 'asc' } });
    if (JSON.stringify(have.map((h) => [h.toId, h.order])) === JSON.stringify(want.map((w) => [w.toId, w.order])))
      continue;
    await tx.relatedDetection.deleteMany({ where: { fromId } });
    await tx.relatedDetection.createMany({ data: want });
  }
}
