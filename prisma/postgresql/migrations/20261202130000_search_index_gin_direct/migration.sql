-- The GIN index of the search index takes each write at once, not through its pending list: the store writes
-- detections in batches of hundreds, and a long pending list is read in full by every search and makes the planner
-- cost the index so high that it walks every index row instead (a parallel sequential scan, detoasting every
-- tsvector). Writes are rare and batched; searches are many. The list left by earlier writes is merged now.
ALTER INDEX "DetectionSearch_document_idx" SET (fastupdate = off);

SELECT gin_clean_pending_list('"DetectionSearch_document_idx"'::regclass);
