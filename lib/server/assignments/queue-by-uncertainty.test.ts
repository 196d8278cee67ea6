import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { documentUncertainty, entityTypes } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import { storeDocumentPrediction } from "@/lib/server/model-server/store-document-prediction";
import { updateProject } from "@/lib/server/projects/update-project";
import { scheduleRecommenderRebuild } from "@/lib/server/recommenders/schedule-recommender-rebuild";
import { updateRecommenderSettings } from "@/lib/server/recommenders/update-recommender-settings";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { nextDocument } from "./next-document";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

/**
 * Five documents, one annotator each. Alice marks Tokajew as a person in the first and submits;
 * string matching then finds Tokajew again (score 1/2) in the third and the fourth, where the
 * model server calls it an organisation instead; the fifth holds nothing anyone knows. (Alice
 * takes the document after the first on submitting, before the models are rebuilt.)
 */
async function setUp(queueOrder: "default" | "uncertainty") {
  const project = await setUpAnnotationProject(db, { annotatorsPerDocument: 1, queueOrder });
  const { admin, alice, projectId, personTypeId } = project;
  const organisation = firstRow(
    await db.insert(entityTypes).values({ projectId, key: "ORG", name: "Organisation", color: "#16a34a" }).returning(),
    "entity type",
  );
  const learnt = await insertTestDocument(db, projectId, "Tokajew sprach.");
  // What submitting hands Alice next, before the rebuild.
  await insertTestDocument(db, projectId, "Etwas.");
  const matched = await insertTestDocument(db, projectId, "Tokajew sagte etwas.");
  const disputed = await insertTestDocument(db, projectId, "Auch Tokajew kam.");
  const unknown = await insertTestDocument(db, projectId, "Ganz anderes Thema.");
  await updateRecommenderSettings({ caller: admin, projectId, changes: [{ recommender: "string-matching", layer: "entity", enabled: true }] });
  await storeDocumentPrediction({
    projectId,
    documentId: disputed,
    authorId: admin.id,
    modelVersion: "ner-2",
    prediction: {
      spans: [{ layer: "entity", start: 5, end: 12, quote: "Tokajew", entityTypeId: organisation.id, stance: null }],
      dropped: [],
      score: 0.9,
      modelVersion: "ner-2",
    },
  });
  expect((await nextDocument({ caller: alice, projectId })).documentId).toBe(learnt);
  await createSpan({ caller: alice, documentId: learnt, span: { layer: "entity", start: 0, end: 7, quote: "Tokajew", entityTypeId: personTypeId } });
  await submitDocument({ caller: alice, documentId: learnt });
  await scheduleRecommenderRebuild(projectId);
  const annotators = [await insertTestMember(db, projectId, "annotator"), await insertTestMember(db, projectId, "annotator"), await insertTestMember(db, projectId, "annotator")];
  const handedOut = [];
  for (const caller of annotators) handedOut.push((await nextDocument({ caller, projectId })).documentId);
  return { ...project, handedOut, documents: { matched, disputed, unknown } };
}

describe("queueing by uncertainty", () => {
  it("hands out the documents where recommenders disagree or know nothing first, the surest last", async () => {
    const { handedOut, documents, projectId } = await setUp("uncertainty");
    // Disputed: both suggestions contradict each other, 1000; unknown: no suggestion, 1000 (then by id);
    // matched: 1 − 1/2 = 500.
    expect(handedOut).toEqual([documents.disputed, documents.unknown, documents.matched]);
    const scores = await db.select().from(documentUncertainty).where(eq(documentUncertainty.projectId, projectId));
    expect(new Map(scores.map((row) => [row.documentId, row.uncertaintyPermille]))).toEqual(
      new Map([[documents.matched, 500], [documents.disputed, 1000], [documents.unknown, 1000]]),
    );
  });

  it("keeps the usual order, and scores nothing, when the project does not queue by uncertainty", async () => {
    const { handedOut, documents, projectId } = await setUp("default");
    expect(handedOut).toEqual([documents.matched, documents.disputed, documents.unknown]);
    expect(await db.select().from(documentUncertainty).where(eq(documentUncertainty.projectId, projectId))).toEqual([]);
  });

  it("scores the documents still to hand out once a manager switches the queue to uncertainty", async () => {
    const { admin, projectId } = await setUp("default");
    const fresh = await insertTestDocument(db, projectId, "Tokajew wieder.");
    await updateProject({ caller: admin, projectId, patch: { settings: { queueOrder: "uncertainty" } } });
    await scheduleRecommenderRebuild(projectId);
    // The other documents have their one annotator each: only the new one is left to score.
    expect(await db.select({ documentId: documentUncertainty.documentId, uncertaintyPermille: documentUncertainty.uncertaintyPermille })
      .from(documentUncertainty).where(eq(documentUncertainty.projectId, projectId))).toEqual([{ documentId: fresh, uncertaintyPermille: 500 }]);
  });
});
