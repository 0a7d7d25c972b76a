-- The search index in two tables, as on SQLite: a narrow key row per detection that searches read, and the text the
-- snippets are cut from. The key row holds the weighted tsvector (GIN index), the title's own lexemes, and what the
-- filters, the counts per filter value and the ordering of results read: status, severity, source, title, slug,
-- and the detection's tactics and SIEMs as space-bounded lists (" execution persistence "). Every hit of a query is a
-- visit to its heap row, so the row is kept small: the tsvector is always stored out of line (toast_tuple_target and
-- EXTERNAL) and the short columns always in it (MAIN). 10,000 detections: 3 MB of key rows, where the old table with
-- the text inline was 19 MB, and a word found in 4,000 of them is counted in 2 ms instead of 12.
-- Searches reach key rows through the GIN index always, told so per transaction (lib/search/index/read.ts): the
-- function that did it per query (20261202130000) cost a copy of every hit and goes.
-- The index is rebuilt from the detections by backfillSearchIndex (npm run db:migrate, and every import).
DROP FUNCTION "DetectionSearch_hits"(tsquery, tsquery);

DROP TABLE "DetectionSearch";

CREATE TABLE "DetectionSearch" (
    "detectionId" TEXT NOT NULL PRIMARY KEY REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "title" TEXT NOT NULL,
    "ids" TEXT NOT NULL,
    "prose" TEXT NOT NULL,
    "code" TEXT NOT NULL
);

CREATE TABLE "DetectionSearchKey" (
    "detectionId" TEXT NOT NULL PRIMARY KEY REFERENCES "Detection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "status" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "tactics" TEXT NOT NULL,
    "platforms" TEXT NOT NULL,
    "document" tsvector NOT NULL,
    "titleVector" tsvector GENERATED ALWAYS AS (ts_filter("document", '{a}')) STORED
) WITH (toast_tuple_target = 128);

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "document" SET STORAGE EXTERNAL;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "status" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "severity" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "source" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "title" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "slug" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "tactics" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "platforms" SET STORAGE MAIN;

ALTER TABLE "DetectionSearchKey" ALTER COLUMN "titleVector" SET STORAGE MAIN;

-- Each write is merged into the GIN index at once rather than through its pending list (see 20261202130000).
CREATE INDEX "DetectionSearchKey_document_idx" ON "DetectionSearchKey" USING GIN ("document") WITH (fastupdate = off);

CREATE INDEX "DetectionSearchKey_status_title_slug_idx" ON "DetectionSearchKey" ("status", "title", "slug");

CREATE INDEX "DetectionSearchKey_status_slug_idx" ON "DetectionSearchKey" ("status", "slug");
