CREATE TABLE `idempotent_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`key` text NOT NULL,
	`request` text NOT NULL,
	`body` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idempotent_answers_user_key_idx` ON `idempotent_answers` (`user_id`,`key`);--> statement-breakpoint
CREATE INDEX `idempotent_answers_created_idx` ON `idempotent_answers` (`created_at`);