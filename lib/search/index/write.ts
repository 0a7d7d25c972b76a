// Keeps the search index (DetectionSearch and DetectionSearchKey: migrations 20261202120000 and 20261202150000) in step with the
// Detection rows: the store calls reindexDetections for every detection whose rows it rewrote, in the same
// transaction, and backfillSearchIndex fills in any detection the index lacks (a database older than the index).
import { Prisma } from '../../generated/sqlite/client';
import { INDEX_ROW, type SearchDocument, searchDocumentOf } from './document';
import { providerOf } from './provider';
import { indexedWords } from './words';

type Client = Prisma.TransactionClient;

// Rows per INSERT: 14 parameters each on PostgreSQL, far below either database's limit on parameters.
const CHUNK = 100;
// A tsvector holds at most 1 MB: each column gives it at most 200,000 characters, word pairs included.
const MAX_VECTOR_TEXT = 200_000;

/** Rewrites the index rows of these detections from what their rows hold now. */
export async function reindexDetections(tx: Client, detectionIds: readonly string[]): Promise<void> {
  const ids = [...new Set(detectionIds.filter(Boolean))];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await tx.detection.findMany({ where: { id: { in: chunk } }, select: INDEX_ROW });
    await writeDocuments(tx, chunk, rows.map(searchDocumentOf));
  }
}

async function writeDocuments(tx: Client, ids: readonly string[], docs: readonly SearchDocument[]): Promise<void> {
  const keyColumns = (d: SearchDocument) =>
    Prisma.sql`${d.key.status}, ${d.key.severity}, ${d.key.source}, ${d.key.title}, ${d.key.slug}, ${d.key.tactics}, ${d.key.platforms}`;
  if (providerOf(tx) === 'sqlite') {
    // FTS5 rows are found by rowid: each detection keeps its own (DetectionSearchKey), so a rewrite is two lookups.
    const byId = new Map(docs.map((d) => [d.detectionId, d]));
    const keyRows = ids.flatMap((id) => {
      const d = byId.get(id);
      return d ? [Prisma.sql`(${id}, ${keyColumns(d)})`] : [];
    });
    if (keyRows.length) {
      await tx.$executeRaw`
        INSERT INTO "DetectionSearchKey" ("detectionId", ${KEY_COLUMNS}) VALUES ${Prisma.join(keyRows)}
        ON CONFLICT ("detectionId") DO UPDATE SET ${KEY_UPDATE}`;
    }
    const keys = await tx.$queryRaw<Array<{ rowid: number | bigint; detectionId: string }>>`
      SELECT "rowid", "detectionId" FROM "DetectionSearchKey" WHERE "detectionId" IN (${Prisma.join(ids)})`;
    const rowid = new Map(keys.map((k) => [k.detectionId, k.rowid]));
    if (keys.length) {
      await tx.$executeRaw`DELETE FROM "DetectionSearch" WHERE rowid IN (${Prisma.join(keys.map((k) => k.rowid))})`;
    }
    // A detection that is gone loses its key row too.
    const gone = ids.filter((id) => !byId.has(id));
    if (gone.length)
      await tx.$executeRaw`DELETE FROM "DetectionSearchKey" WHERE "detectionId" IN (${Prisma.join(gone)})`;
    if (!docs.length) return;
    const values = docs.map(
      (d) => Prisma.sql`(${rowid.get(d.detectionId) ?? null}, ${d.title}, ${d.ids}, ${d.prose}, ${d.code})`,
    );
    await tx.$executeRaw`INSERT INTO "DetectionSearch" (rowid, "title", "ids", "prose", "code") VALUES ${Prisma.join(values)}`;
    return;
  }
  await tx.$executeRaw`DELETE FROM "DetectionSearch" WHERE "detectionId" IN (${Prisma.join(ids)})`;
  await tx.$executeRaw`DELETE FROM "DetectionSearchKey" WHERE "detectionId" IN (${Prisma.join(ids)})`;
  if (!docs.length) return;
  const vector = (text: string, weight: string) =>
    Prisma.sql`setweight(to_tsvector('simple', ${indexedWords(text).slice(0, MAX_VECTOR_TEXT)}), ${weight}::"char")`;
  const texts = docs.map((d) => Prisma.sql`(${d.detectionId}, ${d.title}, ${d.ids}, ${d.prose}, ${d.code})`);
  await tx.$executeRaw`INSERT INTO "DetectionSearch" ("detectionId", "title", "ids", "prose", "code") VALUES ${Prisma.join(texts)}`;
  const keys = docs.map(
    (d) =>
      Prisma.sql`(${d.detectionId}, ${keyColumns(d)}, ${vector(d.title, 'A')} || ${vector(d.ids, 'B')} || ${vector(d.prose, 'C')} || ${vector(d.code, 'D')})`,
  );
  await tx.$executeRaw`INSERT INTO "DetectionSearchKey" ("detectionId", ${KEY_COLUMNS}, "document") VALUES ${Prisma.join(keys)}`;
}

const KEY_NAMES = ['status', 'severity', 'source', 'title', 'slug', 'tactics', 'platforms'] as const;
const KEY_COLUMNS = Prisma.raw(KEY_NAMES.map((c) => `"${c}"`).join(', '));
const KEY_UPDATE = Prisma.raw(KEY_NAMES.map((c) => `"${c}" = excluded."${c}"`).join(', '));

/** Indexes every detection the index lacks; returns how many. Cheap when none is missing (one anti-join). */
export async function backfillSearchIndex(
  db: Client & { $transaction: <T>(fn: (tx: Client) => Promise<T>) => Promise<T> },
  { pageSize = 200 } = {},
): Promise<number> {
  let done = 0;
  for (;;) {
    const missing = await db.$queryRaw<Array<{ id: string }>>`
      SELECT d."id" FROM "Detection" d
      WHERE d."id" NOT IN (SELECT "detectionId" FROM "DetectionSearchKey")
      ORDER BY d."id" LIMIT ${pageSize}`;
    if (!missing.length) return done;
    await db.$transaction((tx) =>
      reindexDetections(
        tx,
        missing.map((m) => m.id),
      ),
    );
    done += missing.length;
  }
}
