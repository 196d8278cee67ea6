CREATE TABLE `document_uncertainty` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`project_id` integer NOT NULL,
	`uncertainty_permille` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_uncertainty_project_idx` ON `document_uncertainty` (`project_id`,`uncertainty_permille`);