ALTER TABLE "content_media" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_versions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(left(body_html, 20000), '<[^>]*>|[\x01\x02]', ' ', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&amp;', '&')), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "content_versions_search" ON "content_versions" USING gin ("search_vector");