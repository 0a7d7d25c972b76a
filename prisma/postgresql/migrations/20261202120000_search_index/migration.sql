-- The full-text index of detections (lib/search/index/): the text of four columns, most telling first, and their
-- tsvector weighted A (title), B (identifiers), C (prose), D (code), under a GIN index. Kept out of the Prisma schema
-- like SQLite's FTS5 table, and read and written with raw SQL. Existing detections are indexed by
-- backfillSearchIndex (npm run db:migrate, and every import).
CREATE TABLE "DetectionSearch" (
    "detectionId" TEXT NOT NULL PRIMARY KEY REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "title" TEXT NOT NULL,
    "ids" TEXT NOT NULL,
    "prose" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "document" tsvector NOT NULL
);

CREATE INDEX "DetectionSearch_document_idx" ON "DetectionSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "Detection_id_status_severity_source_title_slug_idx" ON "Detection"("id", "status", "severity", "source", "title", "slug");

-- CreateIndex
CREATE INDEX "Detection_status_title_slug_id_severity_source_idx" ON "Detection"("status", "title", "slug", "id", "severity", "source");
