import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { and, eq } from "drizzle-orm";
import { annotations, documents, events } from "@/db/schema";
import { addMember } from "@/lib/server/members/add-member";
import { createProject } from "@/lib/server/projects/create-project";
import { updateProject } from "@/lib/server/projects/update-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { countProjectContents } from "@/lib/server/projects/count-project-contents";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { listClaims } from "./list-claims";
import { updateClaim } from "./update-claim";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

async function setUp() {
  const admin = await insertTestUser(db, { isAdmin: true });
  const projectId = (await createProject({ caller: admin, name: "Claims" })).id;
  const annotator = await insertTestUser(db);
  await addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator"] });
  return { admin, annotator, projectId };
}

describe("claim catalog", () => {
  it("lets managers add approved claims, and lists and searches them case-insensitively", async () => {
    const { admin, annotator, projectId } = await setUp();
    const claim = await createClaim({ caller: admin, projectId, statement: " Kazakhstan  supports the sanctions ", description: "" });
    expect(claim).toMatchObject({ statement: "Kazakhstan supports the sanctions", status: "approved", proposedBy: null, usage: 0 });
    await createClaim({ caller: admin, projectId, statement: "Sanctions hurt Russia", description: "Economic effect" });
    expect((await listClaims({ caller: annotator, projectId, query: "KAZAKH" })).map((c) => c.id)).toEqual([claim.id]);
    expect(await listClaims({ caller: annotator, projectId, query: "economic" })).toHaveLength(1);
    await expect(createClaim({ caller: admin, projectId, statement: "kazakhstan supports the sanctions" })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
  });

  it("takes proposals from annotators only when the project allows them, and managers approve them", async () => {
    const { admin, annotator, projectId } = await setUp();
    const proposed = await createClaim({ caller: annotator, projectId, statement: "Tokayev backs Moscow" });
    expect(proposed).toMatchObject({ status: "proposed", proposedBy: { id: annotator.id, name: annotator.name } });
    expect((await listClaims({ caller: admin, projectId, status: "proposed" })).map((c) => c.id)).toEqual([proposed.id]);
    await expect(
      updateClaim({ caller: annotator, projectId, claimId: proposed.id, patch: { status: "approved" } }),
    ).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
    expect((await updateClaim({ caller: admin, projectId, claimId: proposed.id, patch: { status: "approved" } })).status).toBe(
      "approved",
    );

    await updateProject({ caller: admin, projectId, patch: { settings: { allowProposedClaims: false } } });
    await expect(createClaim({ caller: annotator, projectId, statement: "Another one" })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
  });

  it("deletes unused claims only, and hides claims of other projects", async () => {
    const { admin, projectId } = await setUp();
    const used = await createClaim({ caller: admin, projectId, statement: "Used claim" });
    const unused = await createClaim({ caller: admin, projectId, statement: "Unused claim" });
    const [document] = await db
      .insert(documents)
      .values({ projectId, title: "t", text: "Used", chars: 4, language: "en", metadata: {}, contentHash: "h-claims" })
      .returning();
    if (!document) throw new Error("the document was not stored");
    await db
      .insert(annotations)
      .values({ projectId, documentId: document.id, authorId: admin.id, set: "annotator", layer: "claim", start: 0, end: 4, quote: "Used", claimId: used.id, stance: "favor" });
    expect((await listClaims({ caller: admin, projectId })).find((c) => c.id === used.id)?.usage).toBe(1);
    await expect(deleteClaim({ caller: admin, projectId, claimId: used.id })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringContaining("used by 1 annotation") }),
    );
    await deleteClaim({ caller: admin, projectId, claimId: unused.id });
    expect((await listClaims({ caller: admin, projectId })).map((c) => c.id)).toEqual([used.id]);

    const other = await setUp();
    await expect(deleteClaim({ caller: other.admin, projectId: other.projectId, claimId: used.id })).rejects.toThrowError(
      "Claim not found",
    );
  });

  it("keeps a claim's translations, which managers replace, in the audit trail", async () => {
    const { admin, annotator, projectId } = await setUp();
    const claim = await createClaim({
      caller: admin,
      projectId,
      statement: "Kazakhstan supports the sanctions",
      translations: [{ language: "pl", text: "Kazachstan popiera sankcje" }],
    });
    expect(claim.translations).toEqual([{ language: "pl", text: "Kazachstan popiera sankcje" }]);
    const translations = [
      { language: "pl", text: "Kazachstan popiera sankcje" },
      { language: "zh", text: "哈萨克斯坦支持制裁" },
    ];
    await expect(updateClaim({ caller: annotator, projectId, claimId: claim.id, patch: { translations } })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect((await updateClaim({ caller: admin, projectId, claimId: claim.id, patch: { translations } })).translations).toEqual(translations);
    expect((await updateClaim({ caller: admin, projectId, claimId: claim.id, patch: { description: "Economic" } })).translations).toEqual(
      translations,
    );
    const listed = (await listClaims({ caller: annotator, projectId })).find((c) => c.id === claim.id);
    // Keys in the order written, on either engine (PostgreSQL's jsonb would put "text" first).
    expect(JSON.stringify(listed?.translations)).toBe(JSON.stringify(translations));
    const [update] = await db
      .select({ before: events.before, after: events.after })
      .from(events)
      .where(and(eq(events.subjectType, "claim"), eq(events.subjectId, claim.id), eq(events.action, "claim.update")))
      .orderBy(events.id)
      .limit(1);
    expect(update?.before).toMatchObject({ translations: [{ language: "pl", text: "Kazachstan popiera sankcje" }] });
    expect(update?.after).toMatchObject({ translations });
  });

  it("hides the catalog from non-members", async () => {
    const { projectId } = await setUp();
    const outsider = await insertTestUser(db);
    await expect(listClaims({ caller: outsider, projectId })).rejects.toThrowError(expect.objectContaining({ code: "not_found" }));
    await expect(createClaim({ caller: outsider, projectId, statement: "x" })).rejects.toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("counts a project's contents for the overview of any member", async () => {
    const { admin, annotator, projectId } = await setUp();
    await createClaim({ caller: admin, projectId, statement: "Approved one" });
    await createClaim({ caller: annotator, projectId, statement: "Proposed one" });
    expect(await countProjectContents({ caller: annotator, projectId })).toEqual({
      documents: 0,
      members: 2,
      claims: 2,
      proposedClaims: 1,
      entities: 0,
    });
  });
});
