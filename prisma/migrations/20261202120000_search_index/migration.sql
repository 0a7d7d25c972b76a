-- The full-text index of detections (lib/search/index/): FTS5, which Prisma cannot model, so it lives here only and
-- is read and written with raw SQL. Four columns, most telling first (bm25 weighs them). Prefix indexes of 2 and 3
-- characters keep as-you-type prefixes fast. Existing detections are indexed by backfillSearchIndex
-- (npm run db:migrate, and every import).
-- FTS5 finds rows by rowid: a narrow table gives each detection its rowid, so matching, ranking and rewriting never
-- read the wide text rows.
CREATE TABLE "DetectionSearchKey" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE "DetectionSearch" USING fts5(
    "title",
    "ids",
    "prose",
    "code",
    tokenize = 'unicode61',
    prefix = '2 3'
);

-- CreateIndex
CREATE INDEX "Detection_id_status_severity_source_title_slug_idx" ON "Detection"("id", "status", "severity", "source", "title", "slug");

-- CreateIndex
CREATE INDEX "Detection_status_title_slug_id_severity_source_idx" ON "Detection"("status", "title", "slug", "id", "severity", "source");
