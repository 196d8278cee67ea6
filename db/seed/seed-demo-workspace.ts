import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import {
  catalogEntities,
  claims,
  entityAliases,
  entityTypes,
  memberships,
  projects,
  relationTypes,
  stanceLabels,
  users,
} from "@/db/schema";
import { defaultProjectSettings } from "@/lib/domain/project/project-settings";
import type { Caller } from "@/lib/server/auth/caller";
import { hashPassword } from "@/lib/server/auth/password";
import { importDocuments } from "@/lib/server/documents/import-documents";
import {
  demoArticles,
  demoClaims,
  demoEntities,
  demoEntityTypes,
  demoPassword,
  demoProject,
  demoRelationTypes,
  demoStances,
  demoUsers,
} from "./demo-content";

const articlesFolder = path.join(process.cwd(), "db", "seed", "articles");

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ users: count() }).from(users);
  return (row?.users ?? 0) === 0;
}

/** Creates the demo users, project, label schema, catalogs and articles. */
export async function seedDemoWorkspace(db: Db): Promise<{ projectId: number; documents: number }> {
  const passwordHash = await hashPassword(demoPassword);
  const { projectId, admin } = await db.transaction(async (tx) => {
    const created = [];
    for (const user of demoUsers) {
      const rows = await tx.insert(users).values({ email: user.email, name: user.name, isAdmin: user.isAdmin, passwordHash }).returning();
      created.push({ row: firstRow(rows, "demo user"), roles: user.roles });
    }
    const adminRow = created.find((user) => user.row.isAdmin)?.row;
    if (!adminRow) throw new Error("The demo needs an admin user");
    const project = firstRow(
      await tx.insert(projects).values({ ...demoProject, settings: defaultProjectSettings, createdBy: adminRow.id }).returning(),
      "demo project",
    );
    await tx
      .insert(memberships)
      .values(created.flatMap(({ row, roles }) => roles.map((role) => ({ projectId: project.id, userId: row.id, role }))));
    const types = await tx
      .insert(entityTypes)
      .values(demoEntityTypes.map((type, position) => ({ ...type, projectId: project.id, position })))
      .returning({ id: entityTypes.id, key: entityTypes.key });
    const typeIds = new Map(types.map((type) => [type.key, type.id]));
    await tx.insert(stanceLabels).values(demoStances.map((stance, position) => ({ ...stance, projectId: project.id, position })));
    await tx.insert(relationTypes).values(demoRelationTypes.map((type, position) => ({ ...type, projectId: project.id, position })));
    await tx.insert(claims).values(demoClaims.map((claim) => ({ ...claim, projectId: project.id, status: "approved" as const })));
    for (const entity of demoEntities) {
      const row = firstRow(
        await tx
          .insert(catalogEntities)
          .values({
            projectId: project.id,
            entityTypeId: typeIds.get(entity.type) ?? null,
            name: entity.name,
            description: entity.description,
            externalId: entity.externalId,
          })
          .returning(),
        "demo entity",
      );
      const aliases = new Map([[entity.name, null as string | null]]);
      for (const a of entity.aliases) aliases.set(a.alias, a.language);
      await tx
        .insert(entityAliases)
        .values([...aliases].map(([alias, language]) => ({ entityId: row.id, projectId: project.id, alias, language })));
    }
    return { projectId: project.id, admin: adminRow };
  });

  const caller: Caller = { id: admin.id, email: admin.email, name: admin.name, isAdmin: true };
  const report = await importDocuments({
    caller,
    projectId,
    files: demoArticles.map((article) => ({
      name: article.file,
      bytes: new Uint8Array(readFileSync(path.join(articlesFolder, article.file))),
    })),
  });
  if (report.errors.length > 0) {
    throw new Error(`The demo articles did not import: ${report.errors.map((e) => `${e.file}: ${e.message}`).join("; ")}`);
  }
  return { projectId, documents: report.imported.length };
}
