-- Slugs that are words of the routes beside them (src/shared/reserved-slugs.ts) could not be opened by
-- their address. Records made before the rule get the end of their ID as suffix: unique, as the ID is.
UPDATE "alliances" SET "slug" = "slug" || '-' || right(replace("id"::text, '-', ''), 12) WHERE "slug" IN ('invitations', 'mine', 'new');--> statement-breakpoint
UPDATE "cooperations" SET "slug" = "slug" || '-' || right(replace("id"::text, '-', ''), 12) WHERE "slug" IN ('invitations', 'mine', 'new');
