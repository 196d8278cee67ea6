import "server-only";
import type Database from "better-sqlite3";
import type { SqliteConnection } from "@/db/engines/sqlite/open-sqlite";
import { sourceSiteOf } from "@/lib/domain/insights/source-site";
import type { ImportWriter, StoredDocument } from "./import-writer";

// Columns as in db/schema/documents.ts and db/schema/annotations.ts; SQLite stores instants as
// milliseconds and JSON as text (db/engines/sqlite/derive-sqlite-tables.ts).
function prepareStatements(sqlite: Database.Database) {
  return {
    insertDocument: sqlite.prepare<
      [number, string, string, number, string, string | null, string | null, string, string | null, string, string, number, number]
    >(
      `INSERT INTO documents (project_id, title, text, chars, language, published_at, source_url, source_site, external_id, metadata, content_hash, imported_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, content_hash) DO NOTHING`,
    ),
    findByHash: sqlite.prepare<[number, string], { id: number }>("SELECT id FROM documents WHERE project_id = ? AND content_hash = ?"),
    insertSource: sqlite.prepare<[number, string, string | null, string | null]>(
      "INSERT INTO document_sources (document_id, format, file_name, raw) VALUES (?, ?, ?, ?)",
    ),
    insertSpan: sqlite.prepare<[number, number, number, string, string, number, number, string, number | null, number | null, number | null, string | null, number | null, string, number, number]>(
      `INSERT INTO annotations (project_id, document_id, author_id, "set", layer, start, "end", quote, entity_type_id, entity_id,
         claim_id, stance, claimant_entity_id, note, origin, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)`,
    ),
    setClaimantMention: sqlite.prepare<[number, number]>("UPDATE annotations SET claimant_mention_id = ? WHERE id = ?"),
    insertRelation: sqlite.prepare<[number, number, number, string, number, number, number, number, number]>(
      `INSERT INTO relations (project_id, document_id, author_id, "set", relation_type_id, from_id, to_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertLabel: sqlite.prepare<[number, number, number, string, number, string, number, number]>(
      `INSERT INTO document_labels (project_id, document_id, author_id, "set", claim_id, stance, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    assign: sqlite.prepare<[number, number, number, number, number]>(
      `INSERT INTO assignments (document_id, user_id, status, assigned_by, created_at, updated_at)
       VALUES (?, ?, 'in_progress', ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
  };
}

// Prepared once per connection: preparing costs more than a small import's inserts.
const statementsByConnection = new WeakMap<Database.Database, ReturnType<typeof prepareStatements>>();

function statementsFor(sqlite: Database.Database) {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) statementsByConnection.set(sqlite, (statements = prepareStatements(sqlite)));
  return statements;
}

// The statements run on the connection of the open transaction (withConnection lets its own
// context through the gate), so they commit or roll back with it.
export function sqliteImportWriter(connection: SqliteConnection): ImportWriter {
  return {
    storeDocuments: (_tx, { projectId, importedBy, createdAt, documents }) =>
      connection.withConnection((sqlite) => {
        const statements = statementsFor(sqlite);
        const now = createdAt.getTime();
        return documents.map(({ draft, contentHash, chars, fileName }): StoredDocument => {
          const { changes, lastInsertRowid } = statements.insertDocument.run(
            projectId, draft.title, draft.text, chars, draft.language, draft.publishedAt, draft.sourceUrl, sourceSiteOf(draft.sourceUrl),
            draft.externalId, JSON.stringify(draft.metadata), contentHash, importedBy, now,
          );
          if (changes === 0) {
            const existing = statements.findByHash.get(projectId, contentHash);
            if (!existing) throw new Error(`No document holds the text ${contentHash} that the project already has`);
            return { id: existing.id, duplicate: true };
          }
          const id = Number(lastInsertRowid);
          statements.insertSource.run(id, draft.sourceFormat, fileName, draft.raw === draft.text ? null : draft.raw);
          return { id, duplicate: false };
        });
      }),
    storeAnnotations: (_tx, toStore) =>
      connection.withConnection((sqlite) => {
        const statements = statementsFor(sqlite);
        return toStore.map(({ projectId, documentId, set, authorId, assignedBy, createdAt, spans, relations, documentLabels }) => {
          const now = createdAt.getTime();
          const ids = spans.map((span) =>
            Number(
              statements.insertSpan.run(
                projectId, documentId, authorId, set, span.layer, span.start, span.end, span.quote, span.entityTypeId,
                span.entityId, span.claimId, span.stance, span.claimantEntityId, span.note, now, now,
              ).lastInsertRowid,
            ),
          );
          spans.forEach((span, index) => {
            const mention = span.claimantMention === null ? undefined : ids[span.claimantMention];
            if (mention !== undefined) statements.setClaimantMention.run(mention, ids[index]!);
          });
          for (const relation of relations) {
            statements.insertRelation.run(projectId, documentId, authorId, set, relation.relationTypeId, ids[relation.from]!, ids[relation.to]!, now, now);
          }
          let labels = 0;
          for (const label of documentLabels) {
            labels += statements.insertLabel.run(projectId, documentId, authorId, set, label.claimId, label.stance, now, now).changes;
          }
          if (set === "annotator") statements.assign.run(documentId, authorId, assignedBy, now, now);
          return { spans: ids.length, documentLabels: labels };
        });
      }),
  };
}
