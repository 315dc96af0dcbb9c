DROP INDEX "persons_name_trgm";--> statement-breakpoint
DROP INDEX "organisations_search_name_trgm";--> statement-breakpoint
CREATE INDEX "persons_name_trgm" ON "persons" USING gin (lower("name") gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "organisations_search_name_trgm" ON "organisations" USING gin ("search_name" gin_trgm_ops) WITH (fastupdate=false);