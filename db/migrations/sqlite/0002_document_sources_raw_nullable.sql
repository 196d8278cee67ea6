PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_document_sources` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`file_name` text,
	`raw` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_document_sources`("document_id", "format", "file_name", "raw") SELECT s."document_id", s."format", s."file_name", CASE WHEN s."raw" = d."text" THEN NULL ELSE s."raw" END FROM `document_sources` s JOIN `documents` d ON d."id" = s."document_id";--> statement-breakpoint
DROP TABLE `document_sources`;--> statement-breakpoint
ALTER TABLE `__new_document_sources` RENAME TO `document_sources`;--> statement-breakpoint
PRAGMA foreign_keys=ON;