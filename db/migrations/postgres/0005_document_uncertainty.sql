CREATE TABLE "document_uncertainty" (
	"document_id" integer PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"uncertainty_permille" integer NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_uncertainty" ADD CONSTRAINT "document_uncertainty_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_uncertainty" ADD CONSTRAINT "document_uncertainty_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_uncertainty_project_idx" ON "document_uncertainty" USING btree ("project_id","uncertainty_permille");