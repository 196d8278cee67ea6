CREATE TABLE `annotation_predictions` (
	`annotation_id` integer PRIMARY KEY NOT NULL,
	`document_id` integer NOT NULL,
	`model_version` text NOT NULL,
	`score` text,
	FOREIGN KEY (`annotation_id`) REFERENCES `annotations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `annotation_predictions_document_idx` ON `annotation_predictions` (`document_id`);--> statement-breakpoint
CREATE TABLE `document_predictions` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`model_version` text NOT NULL,
	`spans` integer NOT NULL,
	`dropped` integer NOT NULL,
	`predicted_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `model_servers` (
	`project_id` integer PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`timeout_ms` integer NOT NULL,
	`status` text DEFAULT 'unchecked' NOT NULL,
	`last_error` text,
	`last_error_at` integer,
	`checked_at` integer,
	`latency_ms` integer,
	`model_version` text,
	`model_class` text,
	`retries` integer DEFAULT 0 NOT NULL,
	`configured_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`configured_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
