-- The full-text index of detections (lib/search/index/): FTS5, which Prisma cannot model, so it lives here only and
-- is read and written with raw SQL. Four columns, most telling first (bm25 weighs them); detectionId is not indexed.
-- Prefix indexes of 2 and 3 characters keep as-you-type prefixes fast. Existing detections are indexed by
-- backfillSearchIndex (npm run db:migrate, and every import).
CREATE VIRTUAL TABLE "DetectionSearch" USING fts5(
    "detectionId" UNINDEXED,
    "title",
    "ids",
    "prose",
    "code",
    tokenize = 'unicode61',
    prefix = '2 3'
);
