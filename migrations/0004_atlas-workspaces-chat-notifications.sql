CREATE TABLE "atlas_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"created_by" uuid NOT NULL,
	"format" text NOT NULL,
	"rows" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "atlas_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"documents" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"person_id" uuid,
	"name" text,
	"role" text,
	"email" text,
	"phone" text,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_interests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_partners" (
	"cooperation_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cooperation_partners_cooperation_id_organisation_id_pk" PRIMARY KEY("cooperation_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "cooperation_revisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cooperation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"action" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"external_id" text,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"sector" varchar(2) NOT NULL,
	"sector_group" varchar(4),
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"external_partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"website" text,
	"start_year" integer,
	"end_year" integer,
	"status" text NOT NULL,
	"legal_form" text NOT NULL,
	"awards" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"funding" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"investment" bigint,
	"yearly_savings" bigint,
	"population_served" integer,
	"latitude" double precision,
	"longitude" double precision,
	"location_set" boolean DEFAULT false NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"current_status" text DEFAULT '' NOT NULL,
	"lessons_learned" text DEFAULT '' NOT NULL,
	"further_information" text DEFAULT '' NOT NULL,
	"transferable" boolean DEFAULT false NOT NULL,
	"transfer_requirements" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"land_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"kreis_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"interest_count" integer DEFAULT 0 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"search_vector" "tsvector",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "channel_members" (
	"channel_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"last_read_seq" bigint DEFAULT 0 NOT NULL,
	"notify" text DEFAULT 'all' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"added" boolean DEFAULT true NOT NULL,
	CONSTRAINT "channel_members_channel_id_person_id_pk" PRIMARY KEY("channel_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"workspace_id" uuid,
	"name" text,
	"topic" text DEFAULT '' NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"direct_key" text,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"message_id" uuid,
	"channel_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"blob_key" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_mentions" (
	"message_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	CONSTRAINT "message_mentions_message_id_person_id_pk" PRIMARY KEY("message_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "message_reactions" (
	"message_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"emoji" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_reactions_message_id_person_id_emoji_pk" PRIMARY KEY("message_id","person_id","emoji")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"thread_root_id" uuid,
	"also_in_channel" boolean DEFAULT false NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"last_reply_at" timestamp with time zone,
	"last_replier_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"mentions_channel" boolean DEFAULT false NOT NULL,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_join_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "workspace_members" (
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_by" uuid,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspace_members_workspace_id_person_id_pk" PRIMARY KEY("workspace_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_organisation_id" uuid,
	"owner_alliance_id" uuid,
	"visibility" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cooperation_contacts" ADD CONSTRAINT "cooperation_contacts_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_interests" ADD CONSTRAINT "cooperation_interests_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_partners" ADD CONSTRAINT "cooperation_partners_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_partners" ADD CONSTRAINT "cooperation_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_revisions" ADD CONSTRAINT "cooperation_revisions_cooperation_id_cooperations_id_fk" FOREIGN KEY ("cooperation_id") REFERENCES "public"."cooperations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_members" ADD CONSTRAINT "channel_members_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_mentions" ADD CONSTRAINT "message_mentions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reactions" ADD CONSTRAINT "message_reactions_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_invitations" ADD CONSTRAINT "workspace_invitations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_join_requests" ADD CONSTRAINT "workspace_join_requests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_members" ADD CONSTRAINT "workspace_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_owner_alliance_id_alliances_id_fk" FOREIGN KEY ("owner_alliance_id") REFERENCES "public"."alliances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "atlas_terms_trgm" ON "atlas_terms" USING gin ("term" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "cooperation_contacts_coop" ON "cooperation_contacts" USING btree ("cooperation_id");--> statement-breakpoint
CREATE INDEX "cooperation_contacts_person" ON "cooperation_contacts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cooperation_interests_coop" ON "cooperation_interests" USING btree ("cooperation_id");--> statement-breakpoint
CREATE INDEX "cooperation_interests_person" ON "cooperation_interests" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "cooperation_partners_org" ON "cooperation_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperation_revisions_number" ON "cooperation_revisions" USING btree ("cooperation_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperations_slug_key" ON "cooperations" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "cooperations_external_id_key" ON "cooperations" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "cooperations_search" ON "cooperations" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "cooperations_state_start" ON "cooperations" USING btree ("state","start_year");--> statement-breakpoint
CREATE INDEX "cooperations_state_published" ON "cooperations" USING btree ("state","published_at");--> statement-breakpoint
CREATE INDEX "cooperations_fields" ON "cooperations" USING gin ("fields") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "cooperations_land_codes" ON "cooperations" USING gin ("land_codes") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "cooperations_kreis_ids" ON "cooperations" USING gin ("kreis_ids") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "channel_members_person" ON "channel_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "channels_workspace" ON "channels" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "channels_direct_key" ON "channels" USING btree ("direct_key");--> statement-breakpoint
CREATE INDEX "message_attachments_message" ON "message_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "message_mentions_person" ON "message_mentions" USING btree ("person_id","channel_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_channel_seq" ON "messages" USING btree ("channel_id","seq");--> statement-breakpoint
CREATE INDEX "messages_thread" ON "messages" USING btree ("thread_root_id","seq") WHERE thread_root_id is not null;--> statement-breakpoint
CREATE INDEX "messages_search" ON "messages" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "notifications_person" ON "notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread" ON "notifications" USING btree ("person_id") WHERE read_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_invitations_token" ON "workspace_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "workspace_invitations_ws" ON "workspace_invitations" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "workspace_join_requests_ws" ON "workspace_join_requests" USING btree ("workspace_id","status");--> statement-breakpoint
CREATE INDEX "workspace_join_requests_person" ON "workspace_join_requests" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "workspace_members_person" ON "workspace_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "workspaces_owner_org" ON "workspaces" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "workspaces_owner_alliance" ON "workspaces" USING btree ("owner_alliance_id");