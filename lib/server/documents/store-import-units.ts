import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { documents, documentSources } from "@/db/schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { toSearchableText } from "@/lib/domain/text/searchable-text";
import type { ImportUnit } from "./collect-import-drafts";
import { documentsSearch } from "./documents-search";
import type { ImportReport } from "./import-report";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// Prepared once per request and reused for every document.
function prepareStatements(tx: Tx) {
  return {
    findByHash: tx
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.projectId, sql.placeholder("projectId")), eq(documents.contentHash, sql.placeholder("contentHash"))))
      .prepare(),
    insertDocument: tx
      .insert(documents)
      .values({
        projectId: sql.placeholder("projectId"),
        title: sql.placeholder("title"),
        text: sql.placeholder("text"),
        chars: sql.placeholder("chars"),
        language: sql.placeholder("language"),
        publishedAt: sql.placeholder("publishedAt"),
        sourceUrl: sql.placeholder("sourceUrl"),
        externalId: sql.placeholder("externalId"),
        metadata: sql.placeholder("metadata"),
        contentHash: sql.placeholder("contentHash"),
        importedBy: sql.placeholder("importedBy"),
        // Explicit: a default would be computed once, when the statement is prepared.
        createdAt: sql.placeholder("createdAt"),
      })
      .returning({ id: documents.id })
      .prepare(),
    insertSearchBody: tx
      .insert(documentsSearch)
      .values({ rowid: sql.placeholder("rowid"), body: sql.placeholder("body") })
      .prepare(),
    insertSource: tx
      .insert(documentSources)
      .values({
        documentId: sql.placeholder("documentId"),
        format: sql.placeholder("format"),
        fileName: sql.placeholder("fileName"),
        raw: sql.placeholder("raw"),
      })
      .prepare(),
  };
}

/**
 * Writes parsed units in one immediate transaction (parsing is already done, so the lock is
 * held only for the inserts) and fills the report. A text already in the project, or stored
 * earlier in this request, is reported as a duplicate instead of stored again.
 */
export function storeImportUnits(options: {
  db: Db;
  caller: Caller;
  projectId: number;
  units: ImportUnit[];
  report: ImportReport;
}): void {
  const { db, caller, projectId, units, report } = options;
  db.transaction(
    (tx) => {
      const statements = prepareStatements(tx);
      const storedByHash = new Map<string, number>();
      const createdAt = new Date();
      for (const unit of units) {
        let count = 0;
        for (const { file, draft, contentHash, chars } of unit.drafts) {
          const existingId =
            storedByHash.get(contentHash) ?? statements.findByHash.get({ projectId, contentHash })?.id;
          if (existingId !== undefined) {
            report.duplicates.push({ file, duplicateOf: existingId });
            continue;
          }
          const row = statements.insertDocument.get({
            projectId,
            title: draft.title,
            text: draft.text,
            chars,
            language: draft.language,
            publishedAt: draft.publishedAt,
            sourceUrl: draft.sourceUrl,
            externalId: draft.externalId,
            metadata: draft.metadata,
            contentHash,
            importedBy: caller.id,
            createdAt,
          });
          if (!row) throw new Error("Inserting a document returned no row");
          statements.insertSearchBody.run({ rowid: row.id, body: toSearchableText(draft.title, draft.text) });
          statements.insertSource.run({ documentId: row.id, format: draft.sourceFormat, fileName: unit.fileName, raw: draft.raw });
          storedByHash.set(contentHash, row.id);
          report.imported.push({ id: row.id, file, title: draft.title, language: draft.language, chars });
          count += 1;
        }
        recordEvent(tx, {
          actorId: caller.id,
          projectId,
          action: "document.import",
          subjectType: "project",
          subjectId: projectId,
          after: { file: unit.name, count },
        });
      }
    },
    { behavior: "immediate" },
  );
}
