import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, assignments, documentLabels, documentReviews, documents, relations, relationTypes } from "@/db/schema";
import { locate } from "@/lib/domain/export/fixtures/sample-documents";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { eq } from "drizzle-orm";

/** Emoji (one and four code points) and Chinese before every span, so a UTF-16 slip shows. */
export const exportText = [
  "😀 托卡耶夫总统说：哈萨克斯坦支持制裁。",
  "👨🏻‍🚒 Tokayev said Kazakhstan backs the sanctions.",
].join("\n");

/** Python's `text[start:end]`. */
export const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

/**
 * One adjudicated Chinese/English document with gold spans, Alice's submitted work and Bob's
 * unsubmitted work (never exported), and one English document with only Alice's work.
 */
export async function setUpExportProject(db: Db) {
  const project = await setUpAnnotationProject(db);
  const { projectId, personTypeId, claimId, tokayevId, alice, bob } = project;
  const reviewer = await insertTestMember(db, projectId, "reviewer");
  const documentId = await insertTestDocument(db, projectId, exportText, "Sanctions");
  await db.update(documents).set({ language: "zh", publishedAt: "2022-10-05" }).where(eq(documents.id, documentId));
  const otherId = await insertTestDocument(db, projectId, "🙂 Rosatom disagrees, says Almaty.", "Rosatom");
  await db.update(documents).set({ language: "en", publishedAt: "2023-01" }).where(eq(documents.id, otherId));
  const saidBy = firstRow(await db.insert(relationTypes).values({ projectId, key: "said_by", name: "Said by" }).returning(), "relation type");

  const span = async (values: Partial<typeof annotations.$inferInsert> & { quote: string; authorId: number; docId?: number; occurrence?: number }) => {
    const { docId = documentId, occurrence = 0, ...rest } = values;
    const text = docId === documentId ? exportText : "🙂 Rosatom disagrees, says Almaty.";
    const at = locate(text, values.quote, occurrence);
    const rows = await db
      .insert(annotations)
      .values({ projectId, documentId: docId, set: "annotator", layer: "entity", ...rest, start: at.start, end: at.end })
      .returning();
    return firstRow(rows, "span");
  };
  const goldPerson = await span({ quote: "托卡耶夫", authorId: reviewer.id, set: "gold", entityTypeId: personTypeId, entityId: tokayevId });
  const goldClaim = await span({
    quote: "哈萨克斯坦支持制裁",
    authorId: reviewer.id,
    set: "gold",
    layer: "claim",
    claimId,
    stance: "favor",
    claimantEntityId: tokayevId,
    claimantMentionId: goldPerson.id,
  });
  await db
    .insert(relations)
    .values({ projectId, documentId, authorId: reviewer.id, set: "gold", relationTypeId: saidBy.id, fromId: goldClaim.id, toId: goldPerson.id });
  await db.insert(documentLabels).values({ projectId, documentId, authorId: reviewer.id, set: "gold", claimId, stance: "favor" });
  await db.insert(documentReviews).values({ documentId, status: "adjudicated", reviewerId: reviewer.id });

  await span({ quote: "Tokayev", authorId: alice.id, entityTypeId: personTypeId });
  await span({ quote: "Kazakhstan backs the sanctions", authorId: alice.id, layer: "claim", claimId, stance: "favor", claimantEntityId: tokayevId });
  await span({ quote: "Rosatom", authorId: alice.id, entityTypeId: personTypeId, docId: otherId });
  await span({ quote: "Kazakhstan", authorId: bob.id, entityTypeId: personTypeId });
  await db.insert(assignments).values([
    { documentId, userId: alice.id, status: "submitted" },
    { documentId: otherId, userId: alice.id, status: "submitted" },
    { documentId, userId: bob.id, status: "in_progress" },
  ]);
  return { ...project, reviewer, documentId, otherId };
}
