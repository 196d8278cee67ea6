import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import type { Db } from "@/db/client";
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

export function isDatabaseEmpty(db: Db): boolean {
  const [row] = db.select({ users: count() }).from(users).all();
  return (row?.users ?? 0) === 0;
}

/** Creates the demo users, project, label schema, catalogs and articles. */
export async function seedDemoWorkspace(db: Db): Promise<{ projectId: number; documents: number }> {
  const passwordHash = await hashPassword(demoPassword);
  const { projectId, admin } = db.transaction(
    (tx) => {
      const created = demoUsers.map((user) =>
        tx
          .insert(users)
          .values({ email: user.email, name: user.name, isAdmin: user.isAdmin, passwordHash })
          .returning()
          .get(),
      );
      const adminRow = created.find((u) => u.isAdmin);
      if (!adminRow) throw new Error("The demo needs an admin user");
      const project = tx
        .insert(projects)
        .values({ ...demoProject, settings: defaultProjectSettings, createdBy: adminRow.id })
        .returning()
        .get();
      demoUsers.forEach((user, i) => {
        for (const role of user.roles) {
          tx.insert(memberships).values({ projectId: project.id, userId: created[i]!.id, role }).run();
        }
      });
      const typeIds = new Map<string, number>();
      demoEntityTypes.forEach((type, position) => {
        const row = tx.insert(entityTypes).values({ ...type, projectId: project.id, position }).returning().get();
        typeIds.set(type.key, row.id);
      });
      tx.insert(stanceLabels)
        .values(demoStances.map((stance, position) => ({ ...stance, projectId: project.id, position })))
        .run();
      tx.insert(relationTypes)
        .values(demoRelationTypes.map((type, position) => ({ ...type, projectId: project.id, position })))
        .run();
      tx.insert(claims)
        .values(demoClaims.map((claim) => ({ ...claim, projectId: project.id, status: "approved" as const })))
        .run();
      for (const entity of demoEntities) {
        const row = tx
          .insert(catalogEntities)
          .values({
            projectId: project.id,
            entityTypeId: typeIds.get(entity.type) ?? null,
            name: entity.name,
            description: entity.description,
            externalId: entity.externalId,
          })
          .returning()
          .get();
        const aliases = new Map([[entity.name, null as string | null]]);
        for (const a of entity.aliases) aliases.set(a.alias, a.language);
        tx.insert(entityAliases)
          .values([...aliases].map(([alias, language]) => ({ entityId: row.id, projectId: project.id, alias, language })))
          .run();
      }
      return { projectId: project.id, admin: adminRow };
    },
    { behavior: "immediate" },
  );

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
