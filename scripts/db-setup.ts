// Migrates the database and, when it is new, seeds the demo workspace (unless CLAIMDESK_DEMO=0).
// A database that cannot be used stops it with one line saying why.
import { backgroundWorkSettled, getEngine, migrateEngine } from "@/db/client";
import { describingConnectionErrors } from "@/db/engines/postgres/describe-connection-error";
import { isDatabaseEmpty, seedDemoWorkspace } from "@/db/seed/seed-demo-workspace";
import { env } from "@/lib/server/env";

async function main() {
  const { DATABASE_URL, CLAIMDESK_DEMO } = env();
  const engine = await describingConnectionErrors(DATABASE_URL, async () => {
    const opened = getEngine();
    await migrateEngine(opened);
    return opened;
  });
  try {
    console.log(`Database ${engine.kind === "postgres" ? postgresLabel(DATABASE_URL) : DATABASE_URL} is migrated.`);
    if (!(await isDatabaseEmpty(engine.db))) return;
    if (CLAIMDESK_DEMO === "0") {
      console.log("The database is empty. Create the first admin with:");
      console.log("  npm run claimdesk -- user:create --admin --email you@example.org --name 'Your Name' --password '…'");
      return;
    }
    const { documents } = await seedDemoWorkspace(engine.db);
    console.log(`Seeded the demo workspace with ${documents} articles. Sign in as admin@example.com / claimdesk-demo.`);
  } finally {
    // The demo's submissions started the recommenders' first rebuild.
    await backgroundWorkSettled();
    await engine.close();
  }
}

/** host:port/database, without the credentials. */
function postgresLabel(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || "5432"}${pathname}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
