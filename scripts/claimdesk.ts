// The Claimdesk command line: `npm run claimdesk -- <command> [options]`.
import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/domain/project/user-input";
import { createUser } from "@/lib/server/users/create-user";
import { backupCommand } from "./cli/backup-command";
import { closeCliDatabase, openCliDatabase } from "./cli/cli-database";
import { dbCopyCommand } from "./cli/db-copy-command";
import { exportCommand } from "./cli/export-command";
import { importCommand } from "./cli/import-command";
import { restoreCommand } from "./cli/restore-command";

const usage = `Usage: npm run claimdesk -- <command> [options]

Commands:
  user:create --email <email> --password <password> [--name <name>] [--admin]
      Creates an account; --admin makes it an instance admin (how a new install gets its first admin).
  export --project <id> --format <jsonl|csv|conll|labelstudio|doccano|brat|huggingface|network>
         [--set gold|annotators|all] [--status submitted|adjudicated] [--language <tag>]
         [--from <date>] [--to <date>] [--seed <seed>] [--out <file>] [--as <email>]
      Writes an export to --out (or stdout). Acts as "system" (full access) unless --as names an account,
      whose project roles then apply (managers and reviewers may export).
  import --project <id> [--as <email>] [--annotator <email>] <files…>
      Imports .txt .html .htm .jsonl .csv files, recorded as done by --as or else the first instance admin;
      annotated files (brat .zip or .txt/.ann pairs, Label Studio .json, doccano or Claimdesk .jsonl) bring
      pre-annotations, or the annotations of --annotator.
  backup --out <file>
      Copies the database with SQLite's online backup; safe while the app runs. SQLite only (PostgreSQL: pg_dump).
  restore --from <file>
      Replaces the database with a backup; stop the app first (it refuses while the database is open).
      Checks that the file is an intact Claimdesk database and keeps the old one as <db>.before-restore.
      SQLite only (PostgreSQL: pg_restore).
  db:copy --from <sqlite file | postgres url> --to <postgres url | sqlite file> [--batch-size <n>]
      Copies a whole instance, ids and all, into an empty database of either engine (both are migrated
      first; stop the app for a consistent copy), rebuilds its search index and checks every table's
      row count and checksum against the source.
`;

const userCreateOptions = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  name: z.string().trim().min(1).max(200).optional(),
  admin: z.boolean().default(false),
});

async function userCreate(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      admin: { type: "boolean" },
    },
  });
  const parsed = userCreateOptions.safeParse(values);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
  }
  const { email, password, name, admin } = parsed.data;
  await openCliDatabase();
  const user = await createUser({ caller: "system", email, password, name: name ?? email.split("@")[0] ?? email, isAdmin: admin });
  console.log(`Created ${user.isAdmin ? "admin " : ""}${user.email} (id ${user.id}).`);
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  "user:create": userCreate,
  export: exportCommand,
  import: importCommand,
  backup: backupCommand,
  restore: restoreCommand,
  "db:copy": dbCopyCommand,
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== "help" ? `Unknown command: ${name}\n\n${usage}` : usage);
    process.exit(name && name !== "help" ? 2 : 0);
  }
  try {
    await command(args);
  } finally {
    await closeCliDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
