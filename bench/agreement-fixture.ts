// The agreement benches' project: three annotators' submitted, mostly agreeing work on 10,000
// documents of 20 spans each, with document stances.
import { getDb } from "@/db/client";
import { annotations, assignments, claims, documentLabels, documents, entityTypes, memberships, users } from "@/db/schema";
import { insertRows, insertRowsReturningIds, settleAfterBulkInsert } from "./bulk-insert";
import { seededRandom } from "./generate-articles";

export const documentCount = 10_000;
export const annotatorCount = 3;
export const entitiesPerAnnotator = 12;
export const claimsPerAnnotator = 8;
const documentLength = 3_000;
const entityTypeKeys = ["PER", "ORG", "LOC", "MISC"];
const stances = ["favor", "against", "neutral", "unclear"];
const claimCount = 50;

interface Span {
  start: number;
  end: number;
  label: number;
  stance: string;
}

/** A document's "true" spans, laid out without overlaps, which each annotator then perturbs. */
function baseSpans(random: () => number, count: number): Span[] {
  const slot = Math.floor(documentLength / count);
  return Array.from({ length: count }, (_, k) => {
    const start = k * slot + Math.floor(random() * (slot / 2));
    return { start, end: start + 5 + Math.floor(random() * (slot / 3)), label: Math.floor(random() * 1000), stance: stances[Math.floor(random() * 4)] ?? "favor" };
  });
}

/** Mostly the same span; sometimes a moved boundary, another label or stance. */
function perturb(random: () => number, span: Span): Span {
  const roll = random();
  if (roll < 0.7) return span;
  if (roll < 0.85) return { ...span, start: span.start + 1 + Math.floor(random() * 3) };
  return { ...span, label: span.label + 1, stance: stances[Math.floor(random() * 4)] ?? "favor" };
}

const documentsPerBatch = 500;

/** Three annotators' submitted work on 10,000 documents, inserted in bulk. */
export async function seedSubmissions(projectId: number): Promise<void> {
  const db = getDb();
  const now = new Date();
  const annotators = await db
    .insert(users)
    .values(Array.from({ length: annotatorCount }, (_, k) => ({
      email: `annotator-${k}-${now.getTime()}@bench.example`,
      name: `Annotator ${k + 1}`,
      passwordHash: "unusable",
      createdAt: now,
    })))
    .returning({ id: users.id });
  const userIds = annotators.map((row) => row.id).sort((a, b) => a - b);
  await db.insert(memberships).values(userIds.map((userId) => ({ projectId, userId, role: "annotator" as const, createdAt: now })));
  const typeIds: number[] = [];
  for (const [position, key] of entityTypeKeys.entries()) {
    const [type] = await db.insert(entityTypes).values({ projectId, key, name: key, color: "#2563eb", position }).returning({ id: entityTypes.id });
    if (type) typeIds.push(type.id);
  }
  const claimIds = (
    await db
      .insert(claims)
      .values(Array.from({ length: claimCount }, (_, k) => ({ projectId, statement: `Claim ${k}`, status: "approved" as const, createdAt: now, updatedAt: now })))
      .returning({ id: claims.id })
  )
    .map((row) => row.id)
    .sort((a, b) => a - b);
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
  const text = "x".repeat(documentLength - 6);
  for (let start = 0; start < documentCount; start += documentsPerBatch) {
    const count = Math.min(documentsPerBatch, documentCount - start);
    const documentIds = await insertRowsReturningIds(
      documents,
      Array.from({ length: count }, (_, k) => ({
        projectId,
        title: `Document ${start + k}`,
        text: `${text}${String(start + k).padStart(6, "0")}`,
        chars: documentLength,
        language: "en",
        metadata: {},
        contentHash: `bench-${start + k}`,
        createdAt: now,
      })),
    );
    const assignmentRows = [];
    const spanRows = [];
    const labelRows = [];
    for (const documentId of documentIds) {
      const entities = baseSpans(random, entitiesPerAnnotator);
      const claimSpans = baseSpans(random, claimsPerAnnotator);
      const documentClaim = Math.floor(random() * claimCount);
      for (const authorId of userIds) {
        assignmentRows.push({ documentId, userId: authorId, status: "submitted" as const, createdAt: now, updatedAt: now, submittedAt: now });
        const span = { projectId, documentId, authorId, set: "annotator" as const, quote: "", createdAt: now, updatedAt: now };
        for (const entity of entities.map((s) => perturb(random, s))) {
          spanRows.push({ ...span, layer: "entity" as const, start: entity.start, end: entity.end, entityTypeId: pick(typeIds, entity.label) });
        }
        for (const claim of claimSpans.map((s) => perturb(random, s))) {
          spanRows.push({ ...span, layer: "claim" as const, start: claim.start, end: claim.end, claimId: pick(claimIds, claim.label), stance: claim.stance });
        }
        labelRows.push({
          projectId,
          documentId,
          authorId,
          set: "annotator" as const,
          claimId: pick(claimIds, documentClaim),
          stance: pick(stances, Math.floor(random() * 1.4)),
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    await insertRows(assignments, assignmentRows);
    await insertRows(annotations, spanRows);
    await insertRows(documentLabels, labelRows);
  }
  await settleAfterBulkInsert();
}

