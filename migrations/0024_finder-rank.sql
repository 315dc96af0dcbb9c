DROP INDEX "network_expertise_tag";--> statement-breakpoint
ALTER TABLE "network_expertise" ADD COLUMN "level_rank" smallint GENERATED ALWAYS AS (case when level = 'expert' then 2 else 1 end) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "network_expertise_rank" ON "network_expertise" USING btree ("tag_id","level_rank" DESC NULLS LAST,"endorsement_count" DESC NULLS LAST,"accepted_answer_count" DESC NULLS LAST,"person_id");--> statement-breakpoint
CREATE INDEX "network_tags_key_prefix" ON "network_tags" USING btree ("key" collate "C") WHERE merged_into is null;