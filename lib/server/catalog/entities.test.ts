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
beforeAll(() => {
  db = useTestDatabase();
});

function setUp() {
  const admin = insertTestUser(db, { isAdmin: true });
  const projectId = createProject({ caller: admin, name: "Entities" }).id;
  const annotator = insertTestUser(db);
  addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator"] });
  const schema = replaceLabelSchema({
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
  it("stores the name as an alias and finds entities by any alias, case-insensitively", () => {
    const { admin, annotator, projectId, personTypeId } = setUp();
    const tokayev = createEntity({ caller: admin, projectId, name: "Kassym-Jomart Tokayev", entityTypeId: personTypeId, externalId: "Q232", aliases: tokayevAliases });
    createEntity({ caller: admin, projectId, name: "Rosatom" });
    expect(tokayev.aliases).toEqual([{ alias: "Kassym-Jomart Tokayev", language: null }, ...tokayevAliases]);
    expect(listEntities({ caller: annotator, projectId, query: "tokajew" }).map((e) => e.id)).toEqual([tokayev.id]);
    expect(listEntities({ caller: annotator, projectId, query: "托卡" }).map((e) => e.id)).toEqual([tokayev.id]);
    expect(listEntities({ caller: annotator, projectId, query: "rosATOM" }).map((e) => e.name)).toEqual(["Rosatom"]);
    expect(listEntities({ caller: annotator, projectId })).toHaveLength(2);
  });

  it("replaces aliases as a whole, keeps the name findable after a rename, and deletes", () => {
    const { admin, projectId } = setUp();
    const entity = createEntity({ caller: admin, projectId, name: "Tokayev", aliases: tokayevAliases });
    const renamed = updateEntity({ caller: admin, projectId, entityId: entity.id, patch: { name: "K. Tokayev" } });
    expect(renamed.aliases.map((a) => a.alias)).toContain("K. Tokayev");
    const replaced = updateEntity({
      caller: admin,
      projectId,
      entityId: entity.id,
      patch: { aliases: [{ alias: "Tokajewa", language: "pl" }, { alias: "Tokajewa", language: null }], externalId: null },
    });
    expect(replaced.aliases).toEqual([
      { alias: "K. Tokayev", language: null },
      { alias: "Tokajewa", language: "pl" },
    ]);
    deleteEntity({ caller: admin, projectId, entityId: entity.id });
    expect(listEntities({ caller: admin, projectId })).toEqual([]);
    expect(db.select().from(entityAliases).all().filter((a) => a.entityId === entity.id)).toEqual([]);
  });

  it("lets annotators create entities only when the project allows it, and never edit or delete", () => {
    const { admin, annotator, projectId } = setUp();
    expect(() => createEntity({ caller: annotator, projectId, name: "Astana" })).toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    updateProject({ caller: admin, projectId, patch: { settings: { annotatorsCanCreateEntities: true } } });
    const astana = createEntity({ caller: annotator, projectId, name: "Astana" });
    expect(() => updateEntity({ caller: annotator, projectId, entityId: astana.id, patch: { name: "Nur-Sultan" } })).toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => deleteEntity({ caller: annotator, projectId, entityId: astana.id })).toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
  });

  it("rejects entity types of other projects and hides entities from non-members and other projects", () => {
    const first = setUp();
    const second = setUp();
    expect(() =>
      createEntity({ caller: first.admin, projectId: first.projectId, name: "X", entityTypeId: second.personTypeId }),
    ).toThrowError(expect.objectContaining({ code: "unprocessable" }));
    const entity = createEntity({ caller: first.admin, projectId: first.projectId, name: "Y" });
    expect(() =>
      updateEntity({ caller: second.admin, projectId: second.projectId, entityId: entity.id, patch: { name: "Z" } }),
    ).toThrowError("Entity not found");
    expect(() => listEntities({ caller: second.annotator, projectId: first.projectId })).toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
