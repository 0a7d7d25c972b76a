-- The GIN index of the search index takes each write at once, not through its pending list: the store writes
-- detections in batches of hundreds, and a long pending list is read in full by every search and makes the planner
-- cost the index so high that it walks every index row instead (a parallel sequential scan, detoasting every
-- tsvector). Writes are rare and batched; searches are many. The list left by earlier writes is merged now.
ALTER INDEX "DetectionSearch_document_idx" SET (fastupdate = off);

SELECT gin_clean_pending_list('"DetectionSearch_document_idx"'::regclass);

-- The title's own lexemes (weight A), small enough to stay in the row: whether a hit holds every word in its title
-- is asked of it, not of the whole tsvector, which lives compressed out of line and costs a decompression a row.
ALTER TABLE "DetectionSearch" ADD COLUMN "titleVector" tsvector GENERATED ALWAYS AS (ts_filter("document", '{a}')) STORED;

-- The detections matching a query, by the GIN index always. The planner reckons a match at the cost of one operator
-- call and, when a common word or a short prefix matches a third of the catalogue, walks the table instead, which
-- decompresses every detection's tsvector (60 ms on 10,000 detections, against 5 through the index, which needs no
-- recheck for words and prefixes). A function keeps the setting to this one query. (Its parameters go by number:
-- the table has a column named title.)
CREATE FUNCTION "DetectionSearch_hits"(query tsquery, title tsquery)
RETURNS TABLE ("id" text, "titled" boolean)
LANGUAGE sql STABLE STRICT
SET enable_seqscan = off
AS $$
  SELECT "detectionId", "titleVector" @@ $2 FROM "DetectionSearch" WHERE "document" @@ $1
$$;
