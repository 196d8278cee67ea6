import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { suggestAnnotations } from "./suggest-annotations";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. Tokajewa? 托卡耶夫表示支持。";
const claimQuote = { start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen." };
const tokajew = { start: 10, end: 17, quote: "Tokajew" };

async function setUp(settings = {}) {
  const project = await setUpAnnotationProject(db, settings);
  const manager = await insertTestMember(db, project.projectId, "manager");
  return { ...project, manager, documentId: await insertTestDocument(db, project.projectId, text) };
}

/** A pre-annotation row as the importer stores it. */
async function insertPreannotation(
  context: Awaited<ReturnType<typeof setUp>>,
  span: Partial<typeof annotations.$inferInsert> & Pick<typeof annotations.$inferInsert, "layer" | "start" | "end" | "quote">,
  documentId = context.documentId,
): Promise<number> {
  const [row] = await db
    .insert(annotations)
    .values({ projectId: context.projectId, documentId, authorId: context.manager.id, set: "preannotation", origin: "import", ...span })
    .returning({ id: annotations.id });
  if (!row) throw new Error("the pre-annotation was not stored");
  return row.id;
}

describe("alias suggestions", () => {
  it("suggests catalog aliases the caller has not marked yet, inflected and Chinese forms included", async () => {
    const { alice, bob, documentId, personTypeId, tokayevId } = await setUp();
    const quotes = async (caller = alice) => (await suggestAnnotations({ caller, documentId })).items.map((item) => item.quote);
    expect(await quotes()).toEqual(["Tokajew", "Tokajewa", "托卡耶夫"]);
    expect((await suggestAnnotations({ caller: alice, documentId })).items[0]).toEqual({
      source: "alias",
      entityId: tokayevId,
      entityTypeId: personTypeId,
      ...tokajew,
      alias: "Tokajew",
    });
    await createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    expect(await quotes()).toEqual(["Tokajewa", "托卡耶夫"]);
    expect(await quotes(bob)).toEqual(["Tokajew", "Tokajewa", "托卡耶夫"]);
  });
});

describe("pre-annotation suggestions", () => {
  it("offers the document's pre-annotations with their fields, in document order, in place of alias matches at the same offsets", async () => {
    const context = await setUp();
    const { alice, documentId, personTypeId, tokayevId, claimId } = context;
    const entity = await insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId, entityId: tokayevId });
    const claim = await insertPreannotation(context, {
      layer: "claim", ...claimQuote, claimId, stance: "favor", claimantEntityId: tokayevId, note: "lead sentence",
    });
    const { items } = await suggestAnnotations({ caller: alice, documentId });
    expect(items.map((item) => `${item.source}:${item.quote}`)).toEqual([
      "preannotation:Tokajew",
      `preannotation:${claimQuote.quote}`,
      "alias:Tokajewa",
      "alias:托卡耶夫",
    ]);
    expect(items[0]).toEqual({
      source: "preannotation", id: entity, layer: "entity", ...tokajew, entityTypeId: personTypeId, entityId: tokayevId,
      claimId: null, stance: null, claimantEntityId: null, claimantMention: null, note: "", prediction: null,
    });
    expect(items[1]).toEqual({
      source: "preannotation", id: claim, layer: "claim", ...claimQuote, entityTypeId: null, entityId: null,
      claimId, stance: "favor", claimantEntityId: tokayevId, claimantMention: null, note: "lead sentence", prediction: null,
    });
  });

  it("says where the entity pre-annotation naming a claim's claimant lies, even once the caller marked it", async () => {
    const context = await setUp();
    const { alice, documentId, personTypeId } = context;
    const mention = await insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    await insertPreannotation(context, { layer: "claim", ...claimQuote, claimantMentionId: mention });
    await createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    const { items } = await suggestAnnotations({ caller: alice, documentId });
    expect(items.filter((item) => item.source === "preannotation")).toEqual([
      expect.objectContaining({ layer: "claim", claimantMention: { start: tokajew.start, end: tokajew.end } }),
    ]);
  });

  it("leaves out what the caller marked at the same offsets and layer, but not what another annotator marked", async () => {
    const context = await setUp();
    const { alice, bob, documentId, personTypeId } = context;
    await insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    await insertPreannotation(context, { layer: "claim", ...claimQuote });
    // A claim span over the entity's offsets does not count as marking the entity.
    await createSpan({ caller: alice, documentId, span: { layer: "claim", ...tokajew } });
    const ids = async (caller = alice) =>
      (await suggestAnnotations({ caller, documentId })).items.filter((item) => item.source === "preannotation").map((item) => item.layer);
    expect(await ids()).toEqual(["entity", "claim"]);
    await createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote } });
    const entitySpan = await createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } });
    expect(await ids()).toEqual([]);
    expect(await ids(bob)).toEqual(["entity", "claim"]);
    await deleteSpan({ caller: alice, spanId: entitySpan.id, version: 1 });
    expect(await ids()).toEqual(["entity"]);
  });

  it("never offers deleted pre-annotations, other documents' or another annotator's set", async () => {
    const context = await setUp();
    const { alice, bob, documentId, projectId, personTypeId } = context;
    const otherDocument = await insertTestDocument(db, projectId, "Tokajew reiste ab.");
    await insertPreannotation(context, { layer: "entity", start: 0, end: 7, quote: "Tokajew", entityTypeId: personTypeId }, otherDocument);
    await insertPreannotation(context, { layer: "claim", ...claimQuote, deletedAt: new Date() });
    await createSpan({ caller: bob, documentId, span: { layer: "claim", ...claimQuote } });
    expect((await suggestAnnotations({ caller: alice, documentId })).items.every((item) => item.source === "alias")).toBe(true);
    expect((await suggestAnnotations({ caller: alice, documentId })).items).toHaveLength(3);
  });

  it("shows them to whoever may open the document, and to no outsider", async () => {
    const context = await setUp();
    const { documentId, projectId, personTypeId } = context;
    await insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    const reviewer = await insertTestMember(db, projectId, "reviewer");
    expect((await suggestAnnotations({ caller: reviewer, documentId })).items[0]).toMatchObject({ source: "preannotation" });
    const outsider = (await setUp()).alice;
    await expect(suggestAnnotations({ caller: outsider, documentId })).rejects.toThrowError(expect.objectContaining({ code: "not_found" }));
  });
});

describe("accepting a pre-annotation", () => {
  it("stores the new span in the caller's set with the pre-annotation as its source", async () => {
    const context = await setUp();
    const { alice, documentId, personTypeId } = context;
    const source = await insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId });
    const span = await createSpan({
      caller: alice, documentId,
      span: { layer: "entity", ...tokajew, entityTypeId: personTypeId, origin: "suggestion", sourceAnnotationIds: [source, source] },
    });
    const [row] = await db.select().from(annotations).where(eq(annotations.id, span.id));
    expect(row).toMatchObject({ set: "annotator", authorId: alice.id, origin: "suggestion", sourceAnnotationIds: [source] });
    expect((await suggestAnnotations({ caller: alice, documentId })).items.some((item) => item.source === "preannotation")).toBe(false);
  });

  it("refuses sources that are not live pre-annotations of the same document", async () => {
    const context = await setUp();
    const { alice, bob, documentId, projectId, personTypeId } = context;
    const otherDocument = await insertTestDocument(db, projectId, "Tokajew reiste ab.");
    const elsewhere = await insertPreannotation(context, { layer: "entity", start: 0, end: 7, quote: "Tokajew", entityTypeId: personTypeId }, otherDocument);
    const deleted = await insertPreannotation(context, { layer: "entity", ...tokajew, entityTypeId: personTypeId, deletedAt: new Date() });
    const bobs = (await createSpan({ caller: bob, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId } })).id;
    for (const sourceAnnotationIds of [[elsewhere], [deleted], [bobs], [999_999]]) {
      await expect(
        createSpan({ caller: alice, documentId, span: { layer: "entity", ...tokajew, entityTypeId: personTypeId, sourceAnnotationIds } }),
      ).rejects.toThrowError(expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/not a pre-annotation of this document/) }));
    }
    expect(await db.select().from(annotations).where(eq(annotations.authorId, alice.id))).toEqual([]);
  });
});
