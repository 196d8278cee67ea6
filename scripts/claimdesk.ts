// The Claimdesk command line: `npm run claimdesk -- <command> [options]`.
import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/domain/project/user-input";
import { createUser } from "@/lib/server/users/create-user";

const usage = `Usage: npm run claimdesk -- <command> [options]

Commands:
  user:create --email <email> --password <password> [--name <name>] [--admin]
      Creates an account; --admin makes it an instance admin (how a new install gets its first admin).
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
  const user = await createUser({ caller: "system", email, password, name: name ?? email.split("@")[0] ?? email, isAdmin: admin });
  console.log(`Created ${user.isAdmin ? "admin " : ""}${user.email} (id ${user.id}).`);
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  "user:create": userCreate,
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== "help" ? `Unknown command: ${name}\n\n${usage}` : usage);
    process.exit(name && name !== "help" ? 2 : 0);
  }
  await command(args);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
