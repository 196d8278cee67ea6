import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import {
  annotationPredictions,
  annotations,
  assignments,
  catalogEntities,
  claims,
  documentLabels,
  documentReviews,
  documents,
  entityTypes,
  relations,
  relationTypes,
  suggestionDecisions,
} from "@/db/schema";
import { locate } from "@/lib/domain/export/fixtures/sample-documents";
import { insertTestDocument, insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser } from "@/lib/server/testing/test-database";

/** Every character class JSON escapes differently: controls, quotes, backslashes, line separators. */
export const trickyText = [
  '😀 托卡耶夫总统说："哈萨克斯坦支持制裁"。',
  "👨🏻‍🚒 Tokayev said \\ Kazakhstan\tbacks\u0001 the\u001f sanctions\u007f.",
  "Rosatom\u2028disagrees\u2029, says\b Almaty\f\r.",
].join("\n");

/**
 * A project whose JSONL lines exercise the escaping, nulls and order of every field: gold and
 * annotator sets (Bob's unsubmitted), spans stored out of position order, a deleted span and
 * relation, catalog names with quotes, metadata stored as JSON.stringify would not write it, a
 * document without annotations; three languages and dates for the filters. Suggestion decisions
 * (set `all` only) scored 0.1, 1/3 and 5/7 (recorded as 0.1, 0.333, 0.714), 0 and 1 (which a
 * REAL would print as 0.0 and 1.0), one naming a span deleted since, at instants with and
 * without milliseconds.
 */
export async function setUpEngineJsonlProject(db: Db) {
  const admin = await insertTestUser(db, { isAdmin: true });
  const projectId = (await createProject({ caller: admin, name: "Engine JSONL" })).id;
  const reviewer = await insertTestMember(db, projectId, "reviewer");
  const alice = await insertTestUser(db, { email: `al"i\\ce.${projectId}@test.example` });
  const bob = await insertTestUser(db);
  const person = firstRow(await db.insert(entityTypes).values({ projectId, key: 'P"ER', name: "Person", color: "#2563eb" }).returning());
  const claim = firstRow(await db.insert(claims).values({ projectId, statement: 'Kazakhstan "supports" \\ the sanctions\n😀' }).returning());
  const tokayev = firstRow(
    await db.insert(catalogEntities).values({ projectId, entityTypeId: person.id, name: 'Tokayev "K-J"', externalId: "Q\\1" }).returning(),
  );
  const saidBy = firstRow(await db.insert(relationTypes).values({ projectId, key: "said_by", name: "Said by" }).returning());

  const tricky = await insertTestDocument(db, projectId, trickyText, 'The "title" \\ 标题 \u0002');
  await db
    .update(documents)
    .set({
      language: "zh",
      publishedAt: "2022-10-05",
      sourceUrl: "https://example.com/a?b=\"c\"",
      externalId: "ext\\1",
      metadata: { source: "新华社 😀", "10": [1, 2.5, null, true], "2": { nested: 'q"\\\u0003' }, empty: {} },
    })
    .where(eq(documents.id, tricky));
  // Stored as JSON.stringify would not write it: spaces, key order, a number's spelling, an escape.
  const respelled = await insertTestDocument(db, projectId, "Rosatom disagrees.", "Respelled");
  await db
    .update(documents)
    .set({ language: "en", publishedAt: "2023-01", metadata: sql`${'{"b": 1.50, "a": "\\u00e9\\/", "1": [ 2 ]}'}` })
    .where(eq(documents.id, respelled));
  const bare = await insertTestDocument(db, projectId, "Nothing annotated here.", "Bare");
  await db.update(documents).set({ language: "pl", publishedAt: null }).where(eq(documents.id, bare));

  type DecisionValues = { documentId: number; userId: number; quote: string; score: number; at: string };
  // Recorded as recordSuggestionDecision records them: the score in thousandths.
  const decision = (values: DecisionValues & Partial<typeof suggestionDecisions.$inferInsert>) => {
    const { documentId, quote, score, at, ...rest } = values;
    const where = locate(documentId === tricky ? trickyText : "Rosatom disagrees.", quote);
    return {
      projectId, documentId, recommender: "string-matching", layer: "entity", label: person.key, decision: "accepted", ...rest,
      start: where.start, end: where.end, quote, scorePermille: Math.round(score * 1000), createdAt: new Date(at),
    } satisfies typeof suggestionDecisions.$inferInsert;
  };
  const span = async (values: Partial<typeof annotations.$inferInsert> & { quote: string; authorId: number; occurrence?: number }) => {
    const { occurrence = 0, documentId = tricky, ...rest } = values;
    const at = locate(documentId === tricky ? trickyText : "Rosatom disagrees.", values.quote, occurrence);
    const row = firstRow(
      await db.insert(annotations).values({ projectId, documentId, set: "annotator", layer: "entity", ...rest, start: at.start, end: at.end }).returning(),
    );
    return row.id;
  };
  // Later positions first, and two spans at one start: the export orders by start, end, id.
  const aliceClaim = await span({ quote: "Kazakhstan\tbacks", authorId: alice.id, layer: "claim", claimId: claim.id, stance: "favor", note: 'says "so"\n\\ 🙂' });
  const aliceTokayev = await span({ quote: "Tokayev said", authorId: alice.id, entityTypeId: person.id, entityId: tokayev.id });
  await span({ quote: "Tokayev", authorId: alice.id, entityTypeId: person.id });
  await span({ quote: "Rosatom", authorId: alice.id, entityTypeId: person.id, documentId: respelled });
  await span({ quote: "Almaty", authorId: bob.id, entityTypeId: person.id });
  const deletedSpan = await span({ quote: "says", authorId: alice.id, entityTypeId: person.id, deletedAt: new Date() });
  const goldPerson = await span({ quote: "托卡耶夫", authorId: reviewer.id, set: "gold", entityTypeId: person.id, entityId: tokayev.id, sourceAnnotationIds: [aliceTokayev] });
  const goldClaim = await span({
    quote: '"哈萨克斯坦支持制裁"',
    authorId: reviewer.id,
    set: "gold",
    layer: "claim",
    claimId: claim.id,
    stance: "against",
    claimantEntityId: tokayev.id,
    claimantMentionId: goldPerson,
    sourceAnnotationIds: [aliceClaim, aliceTokayev],
  });
  const relation = { projectId, documentId: tricky, relationTypeId: saidBy.id };
  await db.insert(relations).values([
    { ...relation, authorId: reviewer.id, set: "gold", fromId: goldClaim, toId: goldPerson },
    { ...relation, authorId: alice.id, set: "annotator", fromId: aliceClaim, toId: aliceTokayev },
    { ...relation, authorId: alice.id, set: "annotator", fromId: aliceTokayev, toId: aliceClaim, deletedAt: new Date() },
  ]);
  await db.insert(documentLabels).values([
    { projectId, documentId: tricky, authorId: alice.id, set: "annotator", claimId: claim.id, stance: "neutral" },
    { projectId, documentId: tricky, authorId: reviewer.id, set: "gold", claimId: claim.id, stance: "against" },
  ]);
  await db.insert(suggestionDecisions).values([
    decision({ documentId: tricky, userId: alice.id, quote: "Tokayev said", score: 5 / 7, annotationId: aliceTokayev, at: "2024-02-29T23:59:59.007Z" }),
    decision({ documentId: respelled, userId: alice.id, quote: "Rosatom", score: 0, decision: "rejected", at: "2024-03-01T00:00:00.000Z" }),
    decision({
      documentId: tricky, userId: alice.id, quote: "Kazakhstan\tbacks", score: 1 / 3, recommender: "claim-matching", layer: "claim",
      label: String(claim.id), decision: "rejected", at: "2024-03-01T08:15:30.250Z",
    }),
    decision({
      documentId: tricky, userId: reviewer.id, quote: '"哈萨克斯坦支持制裁"', score: 0.1, recommender: "stance-prior", layer: "claim",
      label: "against", annotationId: goldClaim, at: "2024-03-02T10:00:00.999Z",
    }),
    decision({ documentId: tricky, userId: alice.id, quote: "says", score: 1, annotationId: deletedSpan, at: "2024-03-03T00:00:00.001Z" }),
  ]);
  // The model server's pre-annotations (one deleted, one without a score) and an imported one, which is no prediction.
  const predicted = async (values: Parameters<typeof span>[0] & { modelVersion: string; score: number | null }) => {
    const { modelVersion, score, ...rest } = values;
    const id = await span({ ...rest, set: "preannotation", origin: "prediction" });
    await db.insert(annotationPredictions).values({ annotationId: id, documentId: rest.documentId ?? tricky, modelVersion, score });
  };
  await predicted({ quote: "Tokayev", authorId: reviewer.id, entityTypeId: person.id, modelVersion: 'ner "7" \\ 🙂', score: 0.875 });
  await predicted({ quote: "Kazakhstan\tbacks", authorId: reviewer.id, layer: "claim", stance: "favor", modelVersion: "ner-7", score: 1 / 3 });
  await predicted({ quote: "Almaty", authorId: reviewer.id, entityTypeId: person.id, modelVersion: "ner-7", score: null });
  await predicted({ quote: "Rosatom", authorId: reviewer.id, entityTypeId: person.id, modelVersion: "ner-7", score: 0.5, documentId: respelled });
  await predicted({ quote: "says", authorId: reviewer.id, entityTypeId: person.id, modelVersion: "ner-7", score: 0.5, deletedAt: new Date() });
  await span({ quote: "sanctions", authorId: reviewer.id, set: "preannotation", origin: "import", entityTypeId: person.id });
  await db.insert(documentReviews).values({ documentId: tricky, status: "adjudicated", reviewerId: reviewer.id });
  await db.insert(assignments).values([
    { documentId: tricky, userId: alice.id, status: "submitted" },
    { documentId: respelled, userId: alice.id, status: "submitted" },
    { documentId: tricky, userId: bob.id, status: "in_progress" },
  ]);
  return { projectId, documentIds: [tricky, respelled, bare], alice, bob };
}
