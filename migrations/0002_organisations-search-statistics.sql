-- The directory search plans every request anew. With the default statistics, pg_trgm's selectivity
-- estimate evaluates each similarity condition against a 100-entry histogram of search_name, which
-- made planning cost more than running the query. With a small target the estimate falls back to a
-- constant and the plan (GIN and prefix indexes) stays the same.
ALTER TABLE "organisations" ALTER COLUMN "search_name" SET STATISTICS 10;
