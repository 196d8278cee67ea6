ALTER TABLE "claims" ALTER COLUMN "translations" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "claims" ALTER COLUMN "translations" SET DATA TYPE json USING "translations"::json;--> statement-breakpoint
ALTER TABLE "claims" ALTER COLUMN "translations" SET DEFAULT '[]'::json;
