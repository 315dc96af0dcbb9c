-- Custom migration (Drizzle cannot declare INCLUDE columns). Records saved before this migration get
-- their map point here; indexCooperation keeps it current from now on.
UPDATE "cooperations" SET "search_point" = json_build_object('id', "id", 'slug', "slug", 'title', "title", 'sector', "sector", 'latitude', "latitude", 'longitude', "longitude")::text
  WHERE "latitude" IS NOT NULL AND "longitude" IS NOT NULL;--> statement-breakpoint
-- The published records' facet columns and map points in one narrow index, so an atlas search without
-- words (facets over the whole atlas) reads it instead of the wide rows (an index-only scan where the
-- visibility map allows it, which autovacuum keeps up on PostgreSQL).
CREATE INDEX IF NOT EXISTS "cooperations_published_search" ON "cooperations" USING btree ("published_at")
  INCLUDE ("id", "sector", "fields", "land_codes", "kreis_ids", "legal_form", "status", "transferable", "start_year", "search_point")
  WHERE "state" = 'published';
