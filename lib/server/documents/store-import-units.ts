import "server-only";
import type { Db } from "@/db/client";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { toSearchableText } from "@/lib/domain/text/searchable-text";
import { CLAIM_LABEL, UNTYPED_ENTITY_LABEL } from "@/lib/domain/export/dataset-model";
import type { ImportUnit } from "./collect-import-drafts";
import type { ImportReport } from "./import-report";
import { ImportVocabulary } from "./import-vocabulary";
import { type AnnotationTarget, storeDraftAnnotations } from "./store-draft-annotations";

// Plain prepared statements on the hot path of bulk imports: drizzle's per-call mapping
// cost as much as the inserts themselves. Columns as in db/schema/documents.ts.
function prepareStatements(sqlite: Db["$client"]) {
  return {
    findByHash: sqlite.prepare<[number, string], { id: number }>(
      "SELECT id FROM documents WHERE project_id = ? AND content_hash = ?",
    ),
    insertDocument: sqlite.prepare<[number, string, string, number, string, string | null, string | null, string | null, string, string, number, number]>(
      `INSERT INTO documents (project_id, title, text, chars, language, published_at, source_url, external_id, metadata, content_hash, imported_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSearchBody: sqlite.prepare<[number | bigint, string]>("INSERT INTO documents_search (rowid, body) VALUES (?, ?)"),
    insertSource: sqlite.prepare<[number | bigint, string, string | null, string | null]>(
      "INSERT INTO document_sources (document_id, format, file_name, raw) VALUES (?, ?, ?, ?)",
    ),
  };
}

type ImportStatements = ReturnType<typeof prepareStatements>;

// Claimdesk's own annotation.conf declares claims and untyped entities, which are no entity types to create.
const isDeclaredEntityType = (label: string) => ![CLAIM_LABEL, UNTYPED_ENTITY_LABEL].includes(label);

// Prepared once per connection: preparing costs more than a small import's inserts.
const statementsByConnection = new WeakMap<Db["$client"], ImportStatements>();

function importStatements(db: Db): ImportStatements {
  let statements = statementsByConnection.get(db.$client);
  if (!statements) {
    statements = prepareStatements(db.$client);
    statementsByConnection.set(db.$client, statements);
  }
  return statements;
}

/**
 * Writes parsed units in one immediate transaction (parsing is already done, so the lock is
 * held only for the inserts) and fills the report. A text already in the project, or stored
 * earlier in this request, is reported as a duplicate instead of stored again (annotations and
 * all). Annotated documents bring their annotations into `target`, in the same transaction,
 * with the labels, claims and entities they name. The audit log gets one event for the
 * request, with the count stored from each file.
 */
export function storeImportUnits(options: {
  db: Db;
  caller: Caller;
  projectId: number;
  units: ImportUnit[];
  report: ImportReport;
  target: AnnotationTarget;
}): void {
  const { db, caller, projectId, units, report, target } = options;
  db.transaction(
    (tx) => {
      const statements = importStatements(db);
      const storedByHash = new Map<string, number>();
      const createdAt = Date.now();
      const storedPerFile: { file: string; count: number }[] = [];
      let vocabulary: ImportVocabulary | undefined;
      for (const unit of units) {
        let count = 0;
        // The labels a file declares (brat's annotation.conf) come first and in its order, used or not.
        if (unit.declaredLabels && unit.declaredLabels.length > 0) {
          vocabulary ??= new ImportVocabulary(tx, projectId, caller.id);
          for (const label of unit.declaredLabels) if (isDeclaredEntityType(label)) vocabulary.entityTypeId(label);
        }
        for (const { file, draft, contentHash, chars, annotated } of unit.drafts) {
          const existingId =
            storedByHash.get(contentHash) ?? statements.findByHash.get(projectId, contentHash)?.id;
          if (existingId !== undefined) {
            report.duplicates.push({ file, duplicateOf: existingId });
            continue;
          }
          const { lastInsertRowid } = statements.insertDocument.run(
            projectId, draft.title, draft.text, chars, draft.language, draft.publishedAt, draft.sourceUrl,
            draft.externalId, JSON.stringify(draft.metadata), contentHash, caller.id, createdAt,
          );
          const id = Number(lastInsertRowid);
          statements.insertSearchBody.run(id, toSearchableText(draft.title, draft.text));
          statements.insertSource.run(id, draft.sourceFormat, unit.fileName, draft.raw === draft.text ? null : draft.raw);
          storedByHash.set(contentHash, id);
          count += 1;
          if (!annotated) {
            report.imported.push({ id, file, title: draft.title, language: draft.language, chars });
            continue;
          }
          vocabulary ??= new ImportVocabulary(tx, projectId, caller.id);
          const stored = storeDraftAnnotations({
            sqlite: db.$client, vocabulary, projectId, documentId: id, callerId: caller.id, target, document: annotated, now: createdAt,
          });
          report.annotations.spans += stored.spans;
          report.annotations.relations += stored.relations;
          report.annotations.documentLabels += stored.documentLabels;
          report.imported.push({ id, file, title: draft.title, language: draft.language, chars, spans: stored.spans });
        }
        storedPerFile.push({ file: unit.name, count });
      }
      if (vocabulary) report.created = vocabulary.created;
      recordEvent(tx, {
        actorId: caller.id,
        projectId,
        action: "document.import",
        subjectType: "project",
        subjectId: projectId,
        after: {
          files: storedPerFile,
          count: report.imported.length,
          ...(vocabulary ? { annotations: report.annotations, created: report.created, set: target.set, authorId: target.authorId } : {}),
        },
      });
    },
    { behavior: "immediate" },
  );
}
