CREATE TABLE "annotation_predictions" (
	"annotation_id" integer PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"model_version" text NOT NULL,
	"score" jsonb
);
--> statement-breakpoint
CREATE TABLE "document_predictions" (
	"document_id" integer PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"model_version" text NOT NULL,
	"spans" integer NOT NULL,
	"dropped" integer NOT NULL,
	"predicted_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_servers" (
	"project_id" integer PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"timeout_ms" integer NOT NULL,
	"status" text DEFAULT 'unchecked' NOT NULL,
	"last_error" text,
	"last_error_at" timestamp (3) with time zone,
	"checked_at" timestamp (3) with time zone,
	"latency_ms" integer,
	"model_version" text,
	"model_class" text,
	"retries" integer DEFAULT 0 NOT NULL,
	"configured_by" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annotation_predictions" ADD CONSTRAINT "annotation_predictions_annotation_id_annotations_id_fk" FOREIGN KEY ("annotation_id") REFERENCES "public"."annotations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotation_predictions" ADD CONSTRAINT "annotation_predictions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_predictions" ADD CONSTRAINT "document_predictions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_predictions" ADD CONSTRAINT "document_predictions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_servers" ADD CONSTRAINT "model_servers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_servers" ADD CONSTRAINT "model_servers_configured_by_users_id_fk" FOREIGN KEY ("configured_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annotation_predictions_document_idx" ON "annotation_predictions" USING btree ("document_id");