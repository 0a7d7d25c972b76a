-- Search reads its narrow key rows (DetectionSearchKey, 20261202150000_search_facets) and no longer the Detection
-- rows' columns: the two covering indexes that spared it the wide rows cost every write and serve no query.
DROP INDEX "Detection_id_status_severity_source_title_slug_idx";
DROP INDEX "Detection_status_title_slug_id_severity_source_idx";
