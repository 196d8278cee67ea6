import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documents, documentSources, relations } from "@/db/schema";
import { sourceSiteOf } from "@/lib/domain/insights/source-site";
import type { DocumentsToStore, ImportWriter, StoredDocument } from "./import-writer";

// A batch stays far below PostgreSQL's 65,535 parameters per statement and keeps a statement's
// texts to a few megabytes, however large the documents.
const maxRowsPerBatch = 500;
const maxCharactersPerBatch = 4_000_000;

function batchesOf<T>(items: readonly T[], size: (item: T) => number = () => 0): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let characters = 0;
  for (const item of items) {
    if (batch.length >= maxRowsPerBatch || (batch.length > 0 && characters + size(item) > maxCharactersPerBatch)) {
      batches.push(batch);
      batch = [];
      characters = 0;
    }
    batch.push(item);
    characters += size(item);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

async function storeDocumentBatch(tx: Db, toStore: DocumentsToStore, batch: DocumentsToStore["documents"]): Promise<StoredDocument[]> {
  const { projectId, importedBy, createdAt } = toStore;
  // A text that the project holds, or that a concurrent import stored first, is skipped here;
  // under SERIALIZABLE a concurrent one fails the transaction, which runs again and finds it.
  const inserted = await tx
    .insert(documents)
    .values(
      batch.map(({ draft, contentHash, chars }) => ({
        projectId,
        title: draft.title,
        text: draft.text,
        chars,
        language: draft.language,
        publishedAt: draft.publishedAt,
        sourceUrl: draft.sourceUrl,
        sourceSite: sourceSiteOf(draft.sourceUrl),
        externalId: draft.externalId,
        metadata: draft.metadata,
        contentHash,
        importedBy,
        createdAt,
      })),
    )
    .onConflictDoNothing({ target: [documents.projectId, documents.contentHash] })
    .returning({ id: documents.id, contentHash: documents.contentHash });
  const insertedByHash = new Map(inserted.map((row) => [row.contentHash, row.id]));
  const missing = batch.map((item) => item.contentHash).filter((hash) => !insertedByHash.has(hash));
  const existing =
    missing.length === 0
      ? []
      : await tx
          .select({ id: documents.id, contentHash: documents.contentHash })
          .from(documents)
          .where(and(eq(documents.projectId, projectId), inArray(documents.contentHash, missing)));
  const existingByHash = new Map(existing.map((row) => [row.contentHash, row.id]));
  const sources = batch.flatMap(({ draft, contentHash, fileName }) => {
    const documentId = insertedByHash.get(contentHash);
    return documentId === undefined
      ? []
      : [{ documentId, format: draft.sourceFormat, fileName, raw: draft.raw === draft.text ? null : draft.raw }];
  });
  for (const sourceBatch of batchesOf(sources, (source) => source.raw?.length ?? 0)) await tx.insert(documentSources).values(sourceBatch);
  return batch.map(({ contentHash }) => {
    const id = insertedByHash.get(contentHash);
    if (id !== undefined) return { id, duplicate: false };
    const duplicateOf = existingByHash.get(contentHash);
    if (duplicateOf === undefined) throw new Error(`No document holds the text ${contentHash} that the project already has`);
    return { id: duplicateOf, duplicate: true };
  });
}

export const postgresImportWriter: ImportWriter = {
  async storeDocuments(tx, toStore) {
    const stored: StoredDocument[] = [];
    const size = (item: DocumentsToStore["documents"][number]) => item.draft.text.length + item.draft.raw.length;
    for (const batch of batchesOf(toStore.documents, size)) stored.push(...(await storeDocumentBatch(tx, toStore, batch)));
    return stored;
  },

  async storeAnnotations(tx, toStore) {
    // Every document's spans in one run of batches; each document's ids are then its slice.
    const spanRows = toStore.flatMap(({ projectId, documentId, set, authorId, createdAt, spans }) =>
      spans.map(({ claimantMention: _mention, ...span }) => ({
        ...span, projectId, documentId, authorId, set, origin: "import" as const, createdAt, updatedAt: createdAt,
      })),
    );
    const allIds: number[] = [];
    for (const batch of batchesOf(spanRows, (span) => span.quote.length + span.note.length)) {
      const rows = await tx.insert(annotations).values(batch).returning({ id: annotations.id });
      // Identities are drawn row by row in VALUES order, so ascending ids follow the batch.
      allIds.push(...rows.map((row) => row.id).sort((a, b) => a - b));
    }
    let offset = 0;
    const idsOf = toStore.map(({ spans }) => {
      const ids = allIds.slice(offset, offset + spans.length);
      offset += spans.length;
      return ids;
    });

    const mentions = toStore.flatMap(({ spans }, document) => {
      const ids = idsOf[document]!;
      return spans.flatMap((span, index) => {
        const mention = span.claimantMention === null ? undefined : ids[span.claimantMention];
        return mention === undefined ? [] : [sql`(${ids[index]!}::integer, ${mention}::integer)`];
      });
    });
    for (const batch of batchesOf(mentions)) {
      await tx.execute(
        sql`UPDATE annotations SET claimant_mention_id = m.mention_id FROM (VALUES ${sql.join(batch, sql`, `)}) AS m(id, mention_id) WHERE annotations.id = m.id`,
      );
    }

    const relationRows = toStore.flatMap(({ projectId, documentId, set, authorId, createdAt, relations: documentRelations }, document) =>
      documentRelations.map((relation) => ({
        projectId, documentId, authorId, set, relationTypeId: relation.relationTypeId,
        fromId: idsOf[document]![relation.from]!, toId: idsOf[document]![relation.to]!, createdAt, updatedAt: createdAt,
      })),
    );
    for (const batch of batchesOf(relationRows)) await tx.insert(relations).values(batch);

    const labelRows = toStore.flatMap(({ projectId, documentId, set, authorId, createdAt, documentLabels: labels }) =>
      labels.map((label) => ({ ...label, projectId, documentId, authorId, set, createdAt, updatedAt: createdAt })),
    );
    const labelsStored = new Map<number, number>();
    for (const batch of batchesOf(labelRows)) {
      const rows = await tx.insert(documentLabels).values(batch).onConflictDoNothing().returning({ documentId: documentLabels.documentId });
      for (const row of rows) labelsStored.set(row.documentId, (labelsStored.get(row.documentId) ?? 0) + 1);
    }

    const assignmentRows = toStore
      .filter((item) => item.set === "annotator")
      .map(({ documentId, authorId, assignedBy, createdAt }) => ({
        documentId, userId: authorId, status: "in_progress" as const, assignedBy, createdAt, updatedAt: createdAt,
      }));
    for (const batch of batchesOf(assignmentRows)) await tx.insert(assignments).values(batch).onConflictDoNothing();

    return toStore.map(({ documentId }, document) => ({ spans: idsOf[document]!.length, documentLabels: labelsStored.get(documentId) ?? 0 }));
  },
};
