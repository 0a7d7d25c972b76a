// The rows under a Detection (techniques, rules, SIEM variants with their data sources, tests, samples), written for
// many detections at once in a fixed number of statements, so a batch of 200 imported rules costs a handful of inserts.
import { type ConversionRow, convertDetectionRules } from '../detections/conversions';
import type { Prisma } from '../generated/sqlite/client';
import type { Derived } from './derive';
import type { StoreWrite, Tx } from './types';

export interface RowsToWrite {
  detectionId: string;
  write: StoreWrite;
  derived: Derived;
}

export async function deleteChildren(tx: Tx, detectionIds: readonly string[]): Promise<void> {
  if (detectionIds.length === 0) return;
  const where = { detectionId: { in: [...detectionIds] } };
  await tx.detectionTechnique.deleteMany({ where });
  await tx.detectionRule.deleteMany({ where });
  await tx.detectionVariant.deleteMany({ where });
  await tx.conversion.deleteMany({ where });
  await tx.sampleEvent.deleteMany({ where });
  await tx.testCase.deleteMany({ where });
}

export async function createChildren(tx: Tx, items: readonly RowsToWrite[]): Promise<void> {
  if (items.length === 0) return;
  const techniques = items.flatMap(({ detectionId, write }) =>
    write.document.techniques.map((techniqueId) => ({ detectionId, techniqueId })),
  );
  if (techniques.length) await tx.detectionTechnique.createMany({ data: techniques });
  const rules = items.flatMap(({ detectionId, derived }) => derived.rules.map((r) => ({ ...r, detectionId })));
  if (rules.length) await tx.detectionRule.createMany({ data: rules });
  await createVariants(tx, items);
  await createTestsAndSamples(tx, items);
  await createConversions(
    tx,
    items.map(({ detectionId, write }) => ({ detectionId, rows: convertDetectionRules(write.document.sigma) })),
  );
}

/** Conversions are derived from the rule, so they are rewritten with it: a page never shows another rule's query. */
export async function createConversions(
  tx: Tx,
  items: ReadonlyArray<{ detectionId: string; rows: readonly ConversionRow[] }>,
): Promise<void> {
  const data = items.flatMap(({ detectionId, rows }) =>
    rows.map((r) => ({
      ...r,
      detectionId,
      findings: r.findings as unknown as Prisma.InputJsonValue,
      dataSources: r.dataSources,
      tables: r.tables,
    })),
  );
  if (data.length) await tx.conversion.createMany({ data });
}

async function createVariants(tx: Tx, items: readonly RowsToWrite[]): Promise<void> {
  const variants = items.flatMap(({ detectionId, write }) => write.document.variants.map((v) => ({ detectionId, v })));
  if (variants.length === 0) return;
  const created = await tx.detectionVariant.createManyAndReturn({
    data: variants.map(({ detectionId, v }) => ({
      detectionId,
      platformSlug: v.platform,
      query: v.query,
      descriptionMdx: v.description,
      tuningMdx: v.tuning,
      tables: v.tables,
    })),
    select: { id: true, detectionId: true, platformSlug: true },
  });
  const variantId = new Map(created.map((c) => [`${c.detectionId}\n${c.platformSlug}`, c.id]));
  const names = [...new Set(variants.flatMap(({ v }) => v.dataSources.map((d) => d.name)))];
  const sourceId = await dataSourceIds(tx, names);
  const links = variants.flatMap(({ detectionId, v }) =>
    v.dataSources.map((ds, order) => ({
      variantId: variantId.get(`${detectionId}\n${v.platform}`) ?? missing(`variant ${v.platform}`),
      dataSourceId: sourceId.get(ds.name) ?? missing(`data source ${ds.name}`),
      connector: ds.connector,
      order,
    })),
  );
  if (links.length) await tx.variantDataSource.createMany({ data: links });
}

/** Data sources are shared by name across detections: the missing ones are created, all are returned by name. */
async function dataSourceIds(tx: Tx, names: readonly string[]): Promise<Map<string, string>> {
  const have = await tx.dataSource.findMany({ where: { name: { in: [...names] } }, select: { id: true, name: true } });
  const ids = new Map(have.map((d) => [d.name, d.id]));
  const missingNames = names.filter((n) => !ids.has(n));
  if (missingNames.length) {
    const created = await tx.dataSource.createManyAndReturn({
      data: missingNames.map((name) => ({ name })),
      select: { id: true, name: true },
    });
    for (const d of created) ids.set(d.name, d.id);
  }
  return ids;
}

async function createTestsAndSamples(tx: Tx, items: readonly RowsToWrite[]): Promise<void> {
  const tests = items.flatMap(({ detectionId, write }) =>
    write.document.tests.map((t, order) => ({
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
    })),
  );
  const created = tests.length
    ? await tx.testCase.createManyAndReturn({ data: tests, select: { id: true, detectionId: true, key: true } })
    : [];
  const testId = new Map(created.map((t) => [`${t.detectionId}\n${t.key}`, t.id]));
  const samples = items.flatMap(({ detectionId, write }) =>
    write.document.samples.map((s, order) => ({
      detectionId,
      key: s.key,
      order,
      expect: s.expect,
      description: s.description,
      logSource: s.logSource,
      ruleId: s.rule?.toLowerCase() ?? null,
      event: s.event as Prisma.InputJsonValue,
      testCaseId: s.test ? (testId.get(`${detectionId}\n${s.test}`) ?? null) : null,
    })),
  );
  if (samples.length) await tx.sampleEvent.createMany({ data: samples });
}

function missing(what: string): never {
  throw new Error(`the store lost track of ${what} while writing`);
}
