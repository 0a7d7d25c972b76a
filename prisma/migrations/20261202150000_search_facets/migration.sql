-- Each detection's key row in the search index also holds what the filters, the counts per filter value and the
-- ordering of results read: status, severity, source, title, slug, and the detection's tactics and SIEMs as
-- space-bounded lists (" execution persistence "). A search then reads its hits' narrow key rows only, never the
-- Detection rows (wide: prose and rules) nor their variants and techniques; the detections of a page are read last.
-- The index is rebuilt from the detections by backfillSearchIndex (npm run db:migrate, and every import).
DROP TABLE "DetectionSearch";

DROP TABLE "DetectionSearchKey";

CREATE TABLE "DetectionSearchKey" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "detectionId" TEXT NOT NULL UNIQUE,
    "status" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "tactics" TEXT NOT NULL,
    "platforms" TEXT NOT NULL
);

CREATE INDEX "DetectionSearchKey_status_title_slug_idx" ON "DetectionSearchKey" ("status", "title", "slug");

CREATE INDEX "DetectionSearchKey_status_slug_idx" ON "DetectionSearchKey" ("status", "slug");

CREATE VIRTUAL TABLE "DetectionSearch" USING fts5(
    "title",
    "ids",
    "prose",
    "code",
    tokenize = 'unicode61',
    prefix = '2 3'
);
