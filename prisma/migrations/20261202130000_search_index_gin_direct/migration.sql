-- Nothing changes on SQLite. The PostgreSQL migration of the same name tunes its GIN index (fastupdate off) and
-- adds the title vector and the hits function; the folder is here so both databases keep one migration history.
SELECT 1;
