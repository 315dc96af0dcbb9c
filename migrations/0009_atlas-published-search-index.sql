-- Custom migration (Drizzle cannot declare INCLUDE columns): the published records' facet columns and
-- map points in one narrow index, so an atlas search without words (facets over the whole atlas) reads
-- it instead of the wide rows (index-only scan where the visibility map allows, i.e. on PostgreSQL).
CREATE INDEX IF NOT EXISTS "cooperations_published_search" ON "cooperations" USING btree ("published_at")
  INCLUDE ("id", "sector", "fields", "land_codes", "kreis_ids", "legal_form", "status", "transferable", "start_year", "search_point")
  WHERE "state" = 'published';
