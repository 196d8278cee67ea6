import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import {
  catalogEntities,
  claims,
  documents,
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
  type DemoUser,
  demoUsers,
} from "./demo-content";
import { dateEventsSince } from "./date-demo-history";
import { demoWork2022 } from "./demo-work-2022";
import { demoWork2023 } from "./demo-work-2023";
import type { DemoAnnotator } from "./demo-work-model";
import { demoWorkUndated } from "./demo-work-undated";
import { planDemoHistory } from "./plan-demo-history";
import { type DemoTeam, seedDemoWork } from "./seed-demo-work";

const articlesFolder = path.join(process.cwd(), "db", "seed", "articles");

/**
 * The short articles that come with the demo annotators' work and the reviewer's gold set, in the
 * order the annotators take them: the latest news last, so that the last days' work has gold too.
 */
export const demoAnnotatedArticles = [...demoWork2022, ...demoWorkUndated, ...demoWork2023];

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ users: count() }).from(users);
  return (row?.users ?? 0) === 0;
}

/**
 * Creates the demo users, project, label schema, catalogs and articles, and two weeks of team
 * work before `now`: the annotators' submitted sets, document stances and the reviewer's gold set.
 */
export async function seedDemoWorkspace(db: Db, options: { now?: Date } = {}): Promise<{ projectId: number; documents: number }> {
  const plan = planDemoHistory(demoAnnotatedArticles, options.now ?? new Date());
  const createdAt = plan.setUpAt;
  const passwordHash = await hashPassword(demoPassword);
  const { projectId, team } = await db.transaction(async (tx) => {
    const created: { row: typeof users.$inferSelect; roles: DemoUser["roles"] }[] = [];
    for (const user of demoUsers) {
      const rows = await tx
        .insert(users)
        .values({ email: user.email, name: user.name, isAdmin: user.isAdmin, passwordHash, createdAt })
        .returning();
      created.push({ row: firstRow(rows, "demo user"), roles: user.roles });
    }
    const adminRow = created.find((user) => user.row.isAdmin)?.row;
    if (!adminRow) throw new Error("The demo needs an admin user");
    const project = firstRow(
      await tx.insert(projects).values({ ...demoProject, settings: defaultProjectSettings, createdBy: adminRow.id, createdAt }).returning(),
      "demo project",
    );
    await tx
      .insert(memberships)
      .values(created.flatMap(({ row, roles }) => roles.map((role) => ({ projectId: project.id, userId: row.id, role, createdAt }))));
    const types = await tx
      .insert(entityTypes)
      .values(demoEntityTypes.map((type, position) => ({ ...type, projectId: project.id, position })))
      .returning({ id: entityTypes.id, key: entityTypes.key });
    const typeIds = new Map(types.map((type) => [type.key, type.id]));
    await tx.insert(stanceLabels).values(demoStances.map((stance, position) => ({ ...stance, projectId: project.id, position })));
    await tx.insert(relationTypes).values(demoRelationTypes.map((type, position) => ({ ...type, projectId: project.id, position })));
    await tx
      .insert(claims)
      .values(demoClaims.map(({ key: _, ...claim }) => ({ ...claim, projectId: project.id, status: "approved" as const, createdAt })));
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
            createdAt,
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
    const member = (email: string): Caller => {
      const row = created.find((user) => user.row.email === email)?.row;
      if (!row) throw new Error(`The demo needs the user ${email}`);
      return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin };
    };
    const annotators: Record<DemoAnnotator, Caller> = { alice: member("alice@example.com"), bob: member("bob@example.com") };
    const team: DemoTeam = { manager: member(adminRow.email), reviewer: member("rita@example.com"), annotators };
    return { projectId: project.id, team };
  });

  const report = await importDocuments({
    caller: team.manager,
    projectId,
    files: demoArticles.map((article) => ({ name: article.file, bytes: new Uint8Array(readFileSync(path.join(articlesFolder, article.file))) })),
    // JSON documents carry what a plain file cannot: the language, date and address of the article.
    documents: demoAnnotatedArticles.map((article) => ({
      text: readFileSync(path.join(articlesFolder, article.file), "utf8"),
      language: article.language,
      ...(article.publishedAt === null ? {} : { publishedAt: article.publishedAt }),
      sourceUrl: article.sourceUrl,
    })),
  });
  if (report.errors.length > 0 || report.duplicates.length > 0) {
    const problems = [...report.errors.map((e) => `${e.file}: ${e.message}`), ...report.duplicates.map((d) => `${d.file}: a duplicate`)];
    throw new Error(`The demo articles did not import: ${problems.join("; ")}`);
  }
  // The import belongs to the history too: it happened on the day the workspace was set up.
  await dateEventsSince(db, 0, createdAt, createdAt);
  await db.update(documents).set({ createdAt }).where(eq(documents.projectId, projectId));
  const imported = new Map(report.imported.map((entry) => [entry.file, entry.id]));
  const documentIds = new Map(
    demoAnnotatedArticles.map((article, index) => {
      const id = imported.get(`documents[${index}]`);
      if (id === undefined) throw new Error(`The demo article ${article.file} was not imported`);
      return [article.file, id];
    }),
  );
  await seedDemoWork({ db, projectId, team, documentIds, plan });
  return { projectId, documents: report.imported.length };
}
