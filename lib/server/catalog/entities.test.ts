import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { entityAliases } from "@/db/schema";
import { replaceLabelSchema } from "@/lib/server/label-schema/replace-label-schema";
import { addMember } from "@/lib/server/members/add-member";
import { createProject } from "@/lib/server/projects/create-project";
import { updateProject } from "@/lib/server/projects/update-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createEntity } from "./create-entity";
import { deleteEntity } from "./delete-entity";
import { listEntities } from "./list-entities";
import { updateEntity } from "./update-entity";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

async function setUp() {
  const admin = await insertTestUser(db, { isAdmin: true });
  const projectId = (await createProject({ caller: admin, name: "Entities" })).id;
  const annotator = await insertTestUser(db);
  await addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator"] });
  const schema = await replaceLabelSchema({
    caller: admin,
    projectId,
    schema: {
      entityTypes: [{ key: "PER", name: "Person", color: "#2563eb", hotkey: "p" }],
      stanceLabels: [],
      relationTypes: [],
    },
  });
  return { admin, annotator, projectId, personTypeId: schema.entityTypes[0]!.id };
}

const tokayevAliases = [
  { alias: "Tokajew", language: "de" },
  { alias: "Toqajew", language: "pl" },
  { alias: "托卡耶夫", language: "zh" },
];

describe("entity catalog", () => {
  it("stores the name as an alias and finds entities by any alias, case-insensitively", async () => {
    const { admin, annotator, projectId, personTypeId } = await setUp();
    const tokayev = await createEntity({ caller: admin, projectId, name: "Kassym-Jomart Tokayev", entityTypeId: personTypeId, externalId: "Q232", aliases: tokayevAliases });
    await createEntity({ caller: admin, projectId, name: "Rosatom" });
    expect(tokayev.aliases).toEqual([{ alias: "Kassym-Jomart Tokayev", language: null }, ...tokayevAliases]);
    expect((await listEntities({ caller: annotator, projectId, query: "tokajew" })).map((e) => e.id)).toEqual([tokayev.id]);
    expect((await listEntities({ caller: annotator, projectId, query: "托卡" })).map((e) => e.id)).toEqual([tokayev.id]);
    expect((await listEntities({ caller: annotator, projectId, query: "rosATOM" })).map((e) => e.name)).toEqual(["Rosatom"]);
    expect(await listEntities({ caller: annotator, projectId })).toHaveLength(2);
  });

  it("replaces aliases as a whole, keeps the name findable after a rename, and deletes", async () => {
    const { admin, projectId } = await setUp();
    const entity = await createEntity({ caller: admin, projectId, name: "Tokayev", aliases: tokayevAliases });
    const renamed = await updateEntity({ caller: admin, projectId, entityId: entity.id, patch: { name: "K. Tokayev" } });
    expect(renamed.aliases.map((a) => a.alias)).toContain("K. Tokayev");
    const replaced = await updateEntity({
      caller: admin,
      projectId,
      entityId: entity.id,
      patch: { aliases: [{ alias: "Tokajewa", language: "pl" }, { alias: "Tokajewa", language: null }], externalId: null },
    });
    expect(replaced.aliases).toEqual([
      { alias: "K. Tokayev", language: null },
      { alias: "Tokajewa", language: "pl" },
    ]);
    await deleteEntity({ caller: admin, projectId, entityId: entity.id });
    expect(await listEntities({ caller: admin, projectId })).toEqual([]);
    expect((await db.select().from(entityAliases)).filter((a) => a.entityId === entity.id)).toEqual([]);
  });

  it("lets annotators create entities only when the project allows it, and never edit or delete", async () => {
    const { admin, annotator, projectId } = await setUp();
    await expect(createEntity({ caller: annotator, projectId, name: "Astana" })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    await updateProject({ caller: admin, projectId, patch: { settings: { annotatorsCanCreateEntities: true } } });
    const astana = await createEntity({ caller: annotator, projectId, name: "Astana" });
    await expect(updateEntity({ caller: annotator, projectId, entityId: astana.id, patch: { name: "Nur-Sultan" } })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    await expect(deleteEntity({ caller: annotator, projectId, entityId: astana.id })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
  });

  it("rejects entity types of other projects and hides entities from non-members and other projects", async () => {
    const first = await setUp();
    const second = await setUp();
    await expect(
      createEntity({ caller: first.admin, projectId: first.projectId, name: "X", entityTypeId: second.personTypeId }),
    ).rejects.toThrowError(expect.objectContaining({ code: "unprocessable" }));
    const entity = await createEntity({ caller: first.admin, projectId: first.projectId, name: "Y" });
    await expect(
      updateEntity({ caller: second.admin, projectId: second.projectId, entityId: entity.id, patch: { name: "Z" } }),
    ).rejects.toThrowError("Entity not found");
    await expect(listEntities({ caller: second.annotator, projectId: first.projectId })).rejects.toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
