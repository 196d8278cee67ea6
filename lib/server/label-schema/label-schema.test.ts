import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { annotations, documents } from "@/db/schema";
import type { LabelSchemaInput } from "@/lib/domain/project/label-schema-input";
import { addMember } from "@/lib/server/members/add-member";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { getLabelSchema } from "./get-label-schema";
import { replaceLabelSchema } from "./replace-label-schema";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const schema: LabelSchemaInput = {
  entityTypes: [
    { key: "PER", name: "Person", color: "#2563eb", hotkey: "p" },
    { key: "ORG", name: "Organisation", color: "#9333ea", hotkey: "o" },
  ],
  stanceLabels: [
    { key: "favor", name: "Favor", color: "#16a34a", hotkey: "f" },
    { key: "against", name: "Against", color: "#dc2626", hotkey: "a" },
  ],
  relationTypes: [{ key: "member_of", name: "Member of", directed: true }],
};

async function setUp() {
  const admin = await insertTestUser(db, { isAdmin: true });
  const project = await createProject({ caller: admin, name: "Labels" });
  return { admin, projectId: project.id };
}

async function insertSpan(projectId: number, authorId: number, fields: { entityTypeId?: number; stance?: string }) {
  const [document] = await db
    .insert(documents)
    .values({ projectId, title: "t", text: "Tokajew", chars: 7, language: "de", metadata: {}, contentHash: `h${Math.random()}` })
    .returning();
  if (!document) throw new Error("the document was not stored");
  await db
    .insert(annotations)
    .values({
      projectId,
      documentId: document.id,
      authorId,
      set: "annotator",
      layer: fields.stance ? "claim" : "entity",
      start: 0,
      end: 7,
      quote: "Tokajew",
      ...fields,
    });
}

describe("label schema", () => {
  it("starts with the default stances and replaces the whole schema, keeping ids of kept keys", async () => {
    const { admin, projectId } = await setUp();
    const initial = await getLabelSchema({ caller: admin, projectId });
    expect(initial.stanceLabels.map((s) => s.key)).toEqual(["favor", "against", "neutral", "unclear"]);
    const favorId = initial.stanceLabels[0]?.id;

    const saved = await replaceLabelSchema({ caller: admin, projectId, schema });
    expect(saved.entityTypes.map((t) => t.key)).toEqual(["PER", "ORG"]);
    expect(saved.stanceLabels).toEqual([
      { id: favorId, key: "favor", name: "Favor", color: "#16a34a", hotkey: "f" },
      expect.objectContaining({ key: "against" }),
    ]);
    expect(saved.relationTypes).toEqual([expect.objectContaining({ key: "member_of", directed: true })]);

    const reordered = await replaceLabelSchema({
      caller: admin,
      projectId,
      schema: { ...schema, entityTypes: [{ ...schema.entityTypes[1]!, name: "Org" }, schema.entityTypes[0]!] },
    });
    expect(reordered.entityTypes.map((t) => [t.key, t.name])).toEqual([
      ["ORG", "Org"],
      ["PER", "Person"],
    ]);
    expect(await getLabelSchema({ caller: admin, projectId })).toEqual(reordered);
  });

  it("rejects invalid schemas as unprocessable and changes nothing", async () => {
    const { admin, projectId } = await setUp();
    const before = await getLabelSchema({ caller: admin, projectId });
    const clash = { ...schema, entityTypes: [{ key: "FAC", name: "Facility", color: "#000000", hotkey: "f" }] };
    await expect(replaceLabelSchema({ caller: admin, projectId, schema: clash })).rejects.toThrowError(
      expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/hotkey "f"/) }),
    );
    expect(await getLabelSchema({ caller: admin, projectId })).toEqual(before);
  });

  it("refuses to delete an entity type or stance still used by annotations, naming it and its use count", async () => {
    const { admin, projectId } = await setUp();
    const saved = await replaceLabelSchema({ caller: admin, projectId, schema });
    await insertSpan(projectId, admin.id, { entityTypeId: saved.entityTypes[0]!.id });
    await insertSpan(projectId, admin.id, { stance: "against" });
    await insertSpan(projectId, admin.id, { stance: "against" });

    const withoutPerson = { ...schema, entityTypes: schema.entityTypes.slice(1) };
    await expect(replaceLabelSchema({ caller: admin, projectId, schema: withoutPerson })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringContaining('entity type "PER" (used by 1 annotation)') }),
    );
    const withoutAgainst = { ...schema, stanceLabels: schema.stanceLabels.slice(0, 1) };
    await expect(replaceLabelSchema({ caller: admin, projectId, schema: withoutAgainst })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringContaining('stance "against" (used 2 times)') }),
    );
    // Unused items can still go.
    const withoutOrg = { ...schema, entityTypes: schema.entityTypes.slice(0, 1) };
    expect((await replaceLabelSchema({ caller: admin, projectId, schema: withoutOrg })).entityTypes.map((t) => t.key)).toEqual(["PER"]);
  });

  it("lets members read but only managers write, and hides the project from non-members", async () => {
    const { admin, projectId } = await setUp();
    const annotator = await insertTestUser(db);
    const outsider = await insertTestUser(db);
    await addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator"] });
    expect((await getLabelSchema({ caller: annotator, projectId })).stanceLabels).toHaveLength(4);
    await expect(replaceLabelSchema({ caller: annotator, projectId, schema })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    await expect(getLabelSchema({ caller: outsider, projectId })).rejects.toThrowError(expect.objectContaining({ code: "not_found" }));
  });
});
