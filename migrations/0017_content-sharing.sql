CREATE TABLE "content_link_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"from_number" integer NOT NULL,
	"to_number" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_at" timestamp with time zone,
	"taken_by" uuid
);
--> statement-breakpoint
CREATE TABLE "content_link_pins" (
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"number" integer NOT NULL,
	"pinned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_link_pins_page_id_language_pk" PRIMARY KEY("page_id","language")
);
--> statement-breakpoint
CREATE TABLE "content_link_texts" (
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"before_html" text DEFAULT '' NOT NULL,
	"after_html" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_link_texts_page_id_language_pk" PRIMARY KEY("page_id","language")
);
--> statement-breakpoint
CREATE TABLE "content_media" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"original_key" text NOT NULL,
	"web_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer,
	"height" integer,
	"bytes" integer NOT NULL,
	"file_name" text NOT NULL,
	"alt_text" text DEFAULT '' NOT NULL,
	"author" text NOT NULL,
	"licence" text NOT NULL,
	"source_url" text,
	"shared" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"word_price_cents" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_xliff_checks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"target_language" text NOT NULL,
	"file_name" text,
	"versions" jsonb NOT NULL,
	"report" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "contact" text;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "shared_with" text;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "licence" text;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "shared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "adoption_mode" text;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "adopted_from_page_id" uuid;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "adopted_from_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "adopted_from_organisation_name" text;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "adopted_from_version" integer;--> statement-breakpoint
ALTER TABLE "content_pages" ADD COLUMN "adopted_licence" text;--> statement-breakpoint
ALTER TABLE "content_versions" ADD COLUMN "words" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "content_link_changes" ADD CONSTRAINT "content_link_changes_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_link_pins" ADD CONSTRAINT "content_link_pins_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_link_texts" ADD CONSTRAINT "content_link_texts_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_media" ADD CONSTRAINT "content_media_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_settings" ADD CONSTRAINT "content_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_xliff_checks" ADD CONSTRAINT "content_xliff_checks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_link_changes_page" ON "content_link_changes" USING btree ("page_id","language");--> statement-breakpoint
CREATE INDEX "content_media_organisation" ON "content_media" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "content_media_shared" ON "content_media" USING btree ("shared");--> statement-breakpoint
CREATE INDEX "content_xliff_checks_organisation" ON "content_xliff_checks" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "content_pages_adopted_from" ON "content_pages" USING btree ("adopted_from_page_id");--> statement-breakpoint
CREATE INDEX "content_pages_shared" ON "content_pages" USING btree ("shared_with");