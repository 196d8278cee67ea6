// Migrates the database and, when it is new, seeds the demo workspace (unless CLAIMDESK_DEMO=0).
import { getDb } from "@/db/client";
import { isDatabaseEmpty, seedDemoWorkspace } from "@/db/seed/seed-demo-workspace";
import { env } from "@/lib/server/env";

async function main() {
  const { DATABASE_URL, CLAIMDESK_DEMO } = env();
  const db = getDb();
  console.log(`Database ${DATABASE_URL} is migrated.`);
  if (!isDatabaseEmpty(db)) return;
  if (CLAIMDESK_DEMO === "0") {
    console.log("The database is empty. Create the first admin with:");
    console.log("  npm run claimdesk -- user:create --admin --email you@example.org --name 'Your Name' --password '…'");
    return;
  }
  const { documents } = await seedDemoWorkspace(db);
  console.log(`Seeded the demo workspace with ${documents} articles. Sign in as admin@example.com / claimdesk-demo.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
