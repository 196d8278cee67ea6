import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
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
export function insertTestDocument(db: Db, projectId: number, text: string, title = "Article"): number {
  return db
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
    .returning({ id: documents.id })
    .get().id;
}

export function insertTestMember(db: Db, projectId: number, ...roles: ProjectRole[]): Caller {
  const user = insertTestUser(db);
  db.insert(memberships)
    .values(roles.map((role) => ({ projectId, userId: user.id, role })))
    .run();
  return user;
}

/** A project with a PER type, a claim, Tokayev in the catalog and two annotators. */
export function setUpAnnotationProject(db: Db, settings: ProjectPatch["settings"] = {}) {
  const admin = insertTestUser(db, { isAdmin: true });
  const projectId = createProject({ caller: admin, name: "Annotation" }).id;
  updateProject({ caller: admin, projectId, patch: { settings } });
  const person = db
    .insert(entityTypes)
    .values({ projectId, key: "PER", name: "Person", color: "#2563eb" })
    .returning()
    .get();
  const claim = db.insert(claims).values({ projectId, statement: "Kazakhstan supports the sanctions" }).returning().get();
  const tokayev = db
    .insert(catalogEntities)
    .values({ projectId, entityTypeId: person.id, name: "Tokayev" })
    .returning()
    .get();
  db.insert(entityAliases)
    .values(["Tokayev", "Tokajew", "托卡耶夫"].map((alias) => ({ projectId, entityId: tokayev.id, alias })))
    .run();
  return {
    admin,
    projectId,
    personTypeId: person.id,
    claimId: claim.id,
    tokayevId: tokayev.id,
    alice: insertTestMember(db, projectId, "annotator"),
    bob: insertTestMember(db, projectId, "annotator"),
  };
}
