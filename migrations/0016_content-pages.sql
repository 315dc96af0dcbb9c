CREATE TABLE "content_pages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"slug" text NOT NULL,
	"source_language" text DEFAULT 'de' NOT NULL,
	"leika_key" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_until" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_translation_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"basis_language" text NOT NULL,
	"basis_number" integer NOT NULL,
	"ordered_by" uuid,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"body_html" text NOT NULL,
	"minor" boolean DEFAULT false NOT NULL,
	"draft" boolean DEFAULT false NOT NULL,
	"basis_language" text,
	"basis_number" integer,
	"origin" text DEFAULT 'written' NOT NULL,
	"reviewed" boolean DEFAULT true NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translation_orders" ADD CONSTRAINT "content_translation_orders_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_pages_organisation_slug" ON "content_pages" USING btree ("organisation_id","slug");--> statement-breakpoint
CREATE INDEX "content_pages_parent" ON "content_pages" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "content_translation_orders_page" ON "content_translation_orders" USING btree ("page_id","language");--> statement-breakpoint
CREATE UNIQUE INDEX "content_versions_page_language_number" ON "content_versions" USING btree ("page_id","language","number");