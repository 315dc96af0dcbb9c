CREATE TABLE "sso_unusable_passwords" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"password_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sso_unusable_passwords" ADD CONSTRAINT "sso_unusable_passwords_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;