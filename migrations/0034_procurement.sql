CREATE TABLE "procurement_lots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purchase_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"unit" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purchase_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"budget_cents" bigint NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"declared_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"title" text NOT NULL,
	"cpv_code" text NOT NULL,
	"cpv_group" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"quantity" integer,
	"unit" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_purchases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"subject" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cpv_codes" text[] NOT NULL,
	"estimated_value_cents" bigint NOT NULL,
	"contract_kind" text NOT NULL,
	"authority_kind" text NOT NULL,
	"stage" text DEFAULT 'needs-survey' NOT NULL,
	"needs_deadline" timestamp with time zone NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"visibility" text NOT NULL,
	"alliance_id" uuid,
	"tender_reference" text,
	"awarded_to" text,
	"awarded_value_cents" bigint,
	"awarded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_radar_matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"first_kind" text NOT NULL,
	"first_id" uuid NOT NULL,
	"first_organisation_id" uuid NOT NULL,
	"second_kind" text NOT NULL,
	"second_id" uuid NOT NULL,
	"second_organisation_id" uuid NOT NULL,
	"cpv_group" text NOT NULL,
	"reason" text NOT NULL,
	"alliance_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procurement_lots" ADD CONSTRAINT "procurement_lots_purchase_id_procurement_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."procurement_purchases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_needs" ADD CONSTRAINT "procurement_needs_purchase_id_procurement_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."procurement_purchases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_needs" ADD CONSTRAINT "procurement_needs_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_needs" ADD CONSTRAINT "procurement_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_plans" ADD CONSTRAINT "procurement_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_purchases" ADD CONSTRAINT "procurement_purchases_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_purchases" ADD CONSTRAINT "procurement_purchases_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_radar_matches" ADD CONSTRAINT "procurement_radar_matches_first_organisation_id_organisations_id_fk" FOREIGN KEY ("first_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_radar_matches" ADD CONSTRAINT "procurement_radar_matches_second_organisation_id_organisations_id_fk" FOREIGN KEY ("second_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_radar_matches" ADD CONSTRAINT "procurement_radar_matches_alliance_id_alliances_id_fk" FOREIGN KEY ("alliance_id") REFERENCES "public"."alliances"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_lots_position" ON "procurement_lots" USING btree ("purchase_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_needs_lot_organisation" ON "procurement_needs" USING btree ("lot_id","organisation_id");--> statement-breakpoint
CREATE INDEX "procurement_needs_purchase" ON "procurement_needs" USING btree ("purchase_id","organisation_id");--> statement-breakpoint
CREATE INDEX "procurement_plans_group" ON "procurement_plans" USING btree ("cpv_group");--> statement-breakpoint
CREATE INDEX "procurement_plans_organisation" ON "procurement_plans" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "procurement_purchases_owner" ON "procurement_purchases" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "procurement_purchases_alliance" ON "procurement_purchases" USING btree ("alliance_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_radar_pair" ON "procurement_radar_matches" USING btree ("first_id","second_id");--> statement-breakpoint
CREATE INDEX "procurement_radar_first_org" ON "procurement_radar_matches" USING btree ("first_organisation_id");--> statement-breakpoint
CREATE INDEX "procurement_radar_second_org" ON "procurement_radar_matches" USING btree ("second_organisation_id");