CREATE TABLE "doc_approval_reviewers" (
	"approval_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"decision" text,
	"comment" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "doc_approval_reviewers_approval_id_person_id_pk" PRIMARY KEY("approval_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "doc_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"node_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "doc_links" (
	"node_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doc_links_node_id_target_kind_target_id_pk" PRIMARY KEY("node_id","target_kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "doc_locks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"node_id" uuid NOT NULL,
	"token" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"scope" text DEFAULT 'exclusive' NOT NULL,
	"depth" text DEFAULT '0' NOT NULL,
	"owner_note" text DEFAULT '' NOT NULL,
	"via" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doc_nodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"space_kind" text NOT NULL,
	"space_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"current_version_id" uuid,
	"size" bigint DEFAULT 0 NOT NULL,
	"media_type" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"trashed_at" timestamp with time zone,
	"trashed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "doc_properties" (
	"node_id" uuid NOT NULL,
	"namespace" text NOT NULL,
	"name" text NOT NULL,
	"xml" text NOT NULL,
	CONSTRAINT "doc_properties_node_id_namespace_name_pk" PRIMARY KEY("node_id","namespace","name")
);
--> statement-breakpoint
CREATE TABLE "doc_quotas" (
	"space_kind" text NOT NULL,
	"space_id" uuid NOT NULL,
	"bytes" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doc_quotas_space_kind_space_id_pk" PRIMARY KEY("space_kind","space_id")
);
--> statement-breakpoint
CREATE TABLE "doc_texts" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector",
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doc_uploads" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"space_kind" text NOT NULL,
	"space_id" uuid NOT NULL,
	"name" text NOT NULL,
	"size" bigint NOT NULL,
	"received" bigint DEFAULT 0 NOT NULL,
	"finished" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "doc_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"node_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"blob_key" text NOT NULL,
	"size" bigint NOT NULL,
	"media_type" text NOT NULL,
	"author_id" uuid,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pruned_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "notifications_digest_due";--> statement-breakpoint
ALTER TABLE "doc_approval_reviewers" ADD CONSTRAINT "doc_approval_reviewers_approval_id_doc_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."doc_approvals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_approvals" ADD CONSTRAINT "doc_approvals_node_id_doc_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."doc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_approvals" ADD CONSTRAINT "doc_approvals_version_id_doc_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."doc_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_links" ADD CONSTRAINT "doc_links_node_id_doc_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."doc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_locks" ADD CONSTRAINT "doc_locks_node_id_doc_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."doc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_nodes" ADD CONSTRAINT "doc_nodes_parent_id_doc_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."doc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_properties" ADD CONSTRAINT "doc_properties_node_id_doc_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."doc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_texts" ADD CONSTRAINT "doc_texts_version_id_doc_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."doc_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_versions" ADD CONSTRAINT "doc_versions_node_id_doc_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."doc_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "doc_approval_reviewers_person" ON "doc_approval_reviewers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "doc_approvals_node" ON "doc_approvals" USING btree ("node_id","state");--> statement-breakpoint
CREATE INDEX "doc_links_target" ON "doc_links" USING btree ("target_kind","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "doc_locks_token" ON "doc_locks" USING btree ("token");--> statement-breakpoint
CREATE INDEX "doc_locks_node" ON "doc_locks" USING btree ("node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "doc_nodes_live_name" ON "doc_nodes" USING btree ("space_kind","space_id",coalesce("parent_id", "space_id"),"name_key") WHERE "doc_nodes"."trashed_at" is null;--> statement-breakpoint
CREATE INDEX "doc_nodes_parent" ON "doc_nodes" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "doc_nodes_space" ON "doc_nodes" USING btree ("space_kind","space_id");--> statement-breakpoint
CREATE INDEX "doc_nodes_trashed" ON "doc_nodes" USING btree ("trashed_at") WHERE "doc_nodes"."trashed_at" is not null;--> statement-breakpoint
CREATE INDEX "doc_texts_search" ON "doc_texts" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "doc_uploads_expires" ON "doc_uploads" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "doc_versions_number" ON "doc_versions" USING btree ("node_id","number");--> statement-breakpoint
CREATE INDEX "doc_versions_blob" ON "doc_versions" USING btree ("blob_key");--> statement-breakpoint
CREATE INDEX "notifications_digest_due" ON "notifications" USING btree ("created_at") WHERE mailed_at is null and read_at is null and kind in ('mention', 'direct-message', 'task-mention', 'project-health', 'document-approval', 'document-approval-decided');