CREATE TABLE "service_offer_experts" (
	"offer_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "service_offer_experts_offer_id_person_id_pk" PRIMARY KEY("offer_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "service_offer_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"offer_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"message" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"answer_note" text DEFAULT '' NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"agreement_start" date,
	"agreement_document_url" text,
	"agreement_recorded_at" timestamp with time zone,
	"cooperation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"leika_key" varchar(14),
	"task_field" text,
	"capacity" text DEFAULT '' NOT NULL,
	"service_level" text DEFAULT '' NOT NULL,
	"price_model" text NOT NULL,
	"price_cents" bigint,
	"price_note" text DEFAULT '' NOT NULL,
	"legal_basis" text NOT NULL,
	"audience" text NOT NULL,
	"alliance_id" uuid,
	"land_code" varchar(2),
	"valid_from" date,
	"valid_until" date,
	"exempt_common_goals" boolean DEFAULT false NOT NULL,
	"exempt_public_interest" boolean DEFAULT false NOT NULL,
	"exempt_market_below_20" boolean DEFAULT false NOT NULL,
	"exemption_note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, title), 'A') || setweight(to_tsvector('german'::regconfig, left(description, 10000)), 'B')) STORED
);
--> statement-breakpoint
ALTER TABLE "service_offer_experts" ADD CONSTRAINT "service_offer_experts_offer_id_service_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."service_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offer_experts" ADD CONSTRAINT "service_offer_experts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offer_requests" ADD CONSTRAINT "service_offer_requests_offer_id_service_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."service_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offer_requests" ADD CONSTRAINT "service_offer_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offers" ADD CONSTRAINT "service_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_offer_requests_offer" ON "service_offer_requests" USING btree ("offer_id","created_at");--> statement-breakpoint
CREATE INDEX "service_offer_requests_organisation" ON "service_offer_requests" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_offer_requests_open" ON "service_offer_requests" USING btree ("offer_id","organisation_id") WHERE state = 'open';--> statement-breakpoint
CREATE INDEX "service_offers_organisation" ON "service_offers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "service_offers_search" ON "service_offers" USING gin ("search_vector");