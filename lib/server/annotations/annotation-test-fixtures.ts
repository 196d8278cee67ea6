import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import {
  catalogEntities,
  claims,
  documents,
  entityAliases,
  entityTypes,
  memberships,
  type ProjectRole,
} from "@/db/schema";
import { countCodePoints } from "@/lib/domain/text/count-code-points";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";
import { updateProject, type ProjectPatch } from "@/lib/server/projects/update-project";
import { insertTestUser } from "@/lib/server/testing/test-database";

/** Stores a document the way the importer would, without going through it. */
export async function insertTestDocument(db: Db, projectId: number, text: string, title = "Article"): Promise<number> {
  const rows = await db
    .insert(documents)
    .values({
      projectId,
      title,
      text,
      chars: countCodePoints(text),
      language: "de",
      metadata: {},
      contentHash: createHash("sha256").update(text, "utf8").digest("hex"),
    })
    .returning({ id: documents.id });
  return firstRow(rows, "document").id;
}

export async function insertTestMember(db: Db, projectId: number, ...roles: ProjectRole[]): Promise<Caller> {
  const user = await insertTestUser(db);
  await db.insert(memberships).values(roles.map((role) => ({ projectId, userId: user.id, role })));
  return user;
}

/** A project with a PER type, a claim, Tokayev in the catalog and two annotators. */
export async function setUpAnnotationProject(db: Db, settings: ProjectPatch["settings"] = {}) {
  const admin = await insertTestUser(db, { isAdmin: true });
  const projectId = (await createProject({ caller: admin, name: "Annotation" })).id;
  await updateProject({ caller: admin, projectId, patch: { settings } });
  const person = firstRow(
    await db.insert(entityTypes).values({ projectId, key: "PER", name: "Person", color: "#2563eb" }).returning(),
    "entity type",
  );
  const claim = firstRow(
    await db.insert(claims).values({ projectId, statement: "Kazakhstan supports the sanctions" }).returning(),
    "claim",
  );
  const tokayev = firstRow(
    await db.insert(catalogEntities).values({ projectId, entityTypeId: person.id, name: "Tokayev" }).returning(),
    "entity",
  );
  await db
    .insert(entityAliases)
    .values(["Tokayev", "Tokajew", "托卡耶夫"].map((alias) => ({ projectId, entityId: tokayev.id, alias })));
  return {
    admin,
    projectId,
    personTypeId: person.id,
    claimId: claim.id,
    tokayevId: tokayev.id,
    alice: await insertTestMember(db, projectId, "annotator"),
    bob: await insertTestMember(db, projectId, "annotator"),
  };
}
