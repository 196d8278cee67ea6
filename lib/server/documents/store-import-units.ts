import "server-only";
import type { Db } from "@/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { CLAIM_LABEL, UNTYPED_ENTITY_LABEL } from "@/lib/domain/export/dataset-model";
import type { ImportUnit, PreparedDraft } from "./collect-import-drafts";
import { emptyImportReport, type ImportedDocument, type ImportReport } from "./import-report";
import { ImportVocabulary } from "./import-vocabulary";
import { type AnnotationsToStore, type DocumentsToStore, importWriter } from "./import-writer/import-writer";
import { type AnnotationTarget, resolveDraftAnnotations } from "./resolve-draft-annotations";
import { searchIndex } from "./search-index/search-index";

// Claimdesk's own annotation.conf declares claims and untyped entities, which are no entity types to create.
const isDeclaredEntityType = (label: string) => ![CLAIM_LABEL, UNTYPED_ENTITY_LABEL].includes(label);

type StoredPart = Pick<ImportReport, "imported" | "duplicates" | "annotations" | "created">;

/**
 * Writes parsed units in one transaction (parsing is already done, so the lock is held only
 * for the inserts) and fills the report: all of it or, when anything fails, none of it. A text
 * already in the project, or stored earlier in this request, is reported as a duplicate instead
 * of stored again (annotations and all). Annotated documents bring their annotations into
 * `target`, in the same transaction, with the labels, claims and entities they name. The audit
 * log gets one event for the request, with the count stored from each file.
 */
export async function storeImportUnits(options: {
  db: Db;
  caller: Caller;
  projectId: number;
  units: ImportUnit[];
  report: ImportReport;
  target: AnnotationTarget;
}): Promise<void> {
  const { db, report } = options;
  // The body may run more than once on PostgreSQL, so it reports through its result only.
  const stored = await db.transaction((tx) => storeUnits(tx, options));
  report.imported.push(...stored.imported);
  report.duplicates.push(...stored.duplicates);
  report.annotations = stored.annotations;
  report.created = stored.created;
}

async function storeUnits(
  tx: Db,
  { caller, projectId, units, target }: { caller: Caller; projectId: number; units: ImportUnit[]; target: AnnotationTarget },
): Promise<StoredPart> {
  const writer = importWriter();
  const { imported, duplicates, annotations, created } = emptyImportReport();
  const createdAt = new Date();

  // Each text once, in request order: a repeat is a duplicate of its first occurrence.
  const toStore: DocumentsToStore["documents"][number][] = [];
  const firstDraftOf = new Map<string, PreparedDraft>();
  for (const unit of units) {
    for (const prepared of unit.drafts) {
      if (firstDraftOf.has(prepared.contentHash)) continue;
      firstDraftOf.set(prepared.contentHash, prepared);
      toStore.push({ draft: prepared.draft, contentHash: prepared.contentHash, chars: prepared.chars, fileName: unit.fileName });
    }
  }
  const results = await writer.storeDocuments(tx, { projectId, importedBy: caller.id, createdAt, documents: toStore });
  const resultOf = new Map(toStore.map((item, index) => [item.contentHash, results[index]!]));
  await searchIndex().add(
    tx,
    toStore.flatMap((item, index) => {
      const result = results[index]!;
      return result.duplicate ? [] : [{ id: result.id, body: firstDraftOf.get(item.contentHash)!.searchBody }];
    }),
  );

  const storedPerFile: { file: string; count: number }[] = [];
  let vocabulary: ImportVocabulary | undefined;
  for (const unit of units) {
    let count = 0;
    // The labels a file declares (brat's annotation.conf) come first and in its order, used or not.
    if (unit.declaredLabels && unit.declaredLabels.length > 0) {
      vocabulary ??= await ImportVocabulary.load(tx, projectId, caller.id);
      for (const label of unit.declaredLabels) if (isDeclaredEntityType(label)) await vocabulary.entityTypeId(label);
    }
    // A file's annotations are resolved document by document, then written together.
    const annotated: { entry: ImportedDocument; toStore: AnnotationsToStore }[] = [];
    for (const prepared of unit.drafts) {
      const { file, draft, contentHash, chars } = prepared;
      const result = resultOf.get(contentHash)!;
      if (result.duplicate || firstDraftOf.get(contentHash) !== prepared) {
        duplicates.push({ file, duplicateOf: result.id });
        continue;
      }
      const entry: ImportedDocument = { id: result.id, file, title: draft.title, language: draft.language, chars };
      imported.push(entry);
      count += 1;
      if (!prepared.annotated) continue;
      vocabulary ??= await ImportVocabulary.load(tx, projectId, caller.id);
      const toStore = await resolveDraftAnnotations({
        vocabulary, projectId, documentId: result.id, callerId: caller.id, target, document: prepared.annotated, now: createdAt,
      });
      annotated.push({ entry, toStore });
    }
    if (annotated.length > 0) {
      const counts = await writer.storeAnnotations(tx, annotated.map((item) => item.toStore));
      annotated.forEach(({ entry, toStore }, index) => {
        const stored = counts[index]!;
        entry.spans = stored.spans;
        annotations.spans += stored.spans;
        annotations.relations += toStore.relations.length;
        annotations.documentLabels += stored.documentLabels;
      });
    }
    storedPerFile.push({ file: unit.name, count });
  }
  await recordEvent(tx, {
    actorId: caller.id,
    projectId,
    action: "document.import",
    subjectType: "project",
    subjectId: projectId,
    after: {
      files: storedPerFile,
      count: imported.length,
      ...(vocabulary ? { annotations, created: vocabulary.created, set: target.set, authorId: target.authorId } : {}),
    },
  });
  return { imported, duplicates, annotations, created: vocabulary?.created ?? created };
}
