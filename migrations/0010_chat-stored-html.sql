ALTER TABLE "messages" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "reactions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "messages" m SET "reactions" = s.summary
FROM (
  SELECT message_id, jsonb_agg(jsonb_build_object('emoji', emoji, 'personIds', ids) ORDER BY first, emoji) AS summary
  FROM (
    SELECT message_id, emoji, array_agg(person_id::text ORDER BY created_at, person_id) AS ids, min(created_at) AS first
    FROM message_reactions GROUP BY message_id, emoji
  ) g
  GROUP BY message_id
) s
WHERE s.message_id = m.id;
