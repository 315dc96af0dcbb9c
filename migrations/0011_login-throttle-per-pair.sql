CREATE TABLE "login_alerts" (
	"email" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_attempts_pair" ON "login_attempts" USING btree ("email","ip","created_at");