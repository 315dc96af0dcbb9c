CREATE TABLE "portfolio_subscriptions" (
	"person_id" uuid NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_week" date,
	CONSTRAINT "portfolio_subscriptions_person_id_scope_kind_scope_id_pk" PRIMARY KEY("person_id","scope_kind","scope_id")
);
--> statement-breakpoint
CREATE TABLE "project_task_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"blob_key" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "notifications_digest_due";--> statement-breakpoint
ALTER TABLE "project_task_attachments" ADD CONSTRAINT "project_task_attachments_task_id_project_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."project_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_task_attachments_task" ON "project_task_attachments" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_digest_due" ON "notifications" USING btree ("created_at") WHERE mailed_at is null and read_at is null and kind in ('mention', 'direct-message', 'task-mention', 'project-health');