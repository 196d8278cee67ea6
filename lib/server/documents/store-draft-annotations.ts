import "server-only";
import type Database from "better-sqlite3";
import type { AnnotatedDraft } from "@/lib/domain/formats/annotated-draft";
import { UNTYPED_ENTITY_LABEL } from "@/lib/domain/export/dataset-model";
import type { AnnotationCounts } from "./import-report";
import type { ImportVocabulary } from "./import-vocabulary";

/** Whose annotations an import writes: the project's pre-annotations, or one annotator's set. */
export type AnnotationTarget = { set: "preannotation"; authorId: number } | { set: "annotator"; authorId: number };

// Plain prepared statements, as for the documents themselves; columns as in db/schema/annotations.ts.
function prepareStatements(sqlite: Database.Database) {
  return {
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

const statementsByConnection = new WeakMap<Database.Database, ReturnType<typeof prepareStatements>>();

function statementsFor(sqlite: Database.Database) {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) statementsByConnection.set(sqlite, (statements = prepareStatements(sqlite)));
  return statements;
}

/**
 * Stores an annotated document's spans, relations and document labels (origin `import`) in the
 * target set, inside the caller's transaction, resolving names through the vocabulary. An
 * annotator's set comes with an assignment in progress, so that the document is in their queue.
 */
export function storeDraftAnnotations(options: {
  sqlite: Database.Database;
  vocabulary: ImportVocabulary;
  projectId: number;
  documentId: number;
  callerId: number;
  target: AnnotationTarget;
  document: AnnotatedDraft;
  now: number;
}): AnnotationCounts {
  const { vocabulary, projectId, documentId, target, document, now } = options;
  const statements = statementsFor(options.sqlite);
  const { set, authorId } = target;
  const ids = document.spans.map((span) => {
    const isEntity = span.layer === "entity";
    const entityTypeId = isEntity ? vocabulary.entityTypeId(span.label ?? UNTYPED_ENTITY_LABEL) : null;
    const { lastInsertRowid } = statements.insertSpan.run(
      projectId, documentId, authorId, set, span.layer, span.start, span.end, span.quote, entityTypeId,
      isEntity && span.entity ? vocabulary.entityId(span.entity, entityTypeId) : null,
      !isEntity && span.claim ? vocabulary.claimId(span.claim) : null,
      !isEntity && span.stance ? vocabulary.stanceKey(span.stance) : null,
      !isEntity && span.claimant ? vocabulary.entityId({ name: span.claimant, externalId: null }, null) : null,
      span.note, now, now,
    );
    return Number(lastInsertRowid);
  });
  document.spans.forEach((span, index) => {
    const mention = span.claimantMention === null ? undefined : ids[span.claimantMention];
    if (mention !== undefined) statements.setClaimantMention.run(mention, ids[index]!);
  });
  for (const relation of document.relations) {
    const typeId = vocabulary.relationTypeId(relation.type);
    statements.insertRelation.run(projectId, documentId, authorId, set, typeId, ids[relation.from]!, ids[relation.to]!, now, now);
  }
  let documentLabels = 0;
  for (const label of document.documentLabels) {
    const claimId = vocabulary.claimId(label.claim);
    documentLabels += statements.insertLabel.run(projectId, documentId, authorId, set, claimId, vocabulary.stanceKey(label.stance), now, now).changes;
  }
  if (set === "annotator") statements.assign.run(documentId, authorId, options.callerId, now, now);
  return { spans: ids.length, relations: document.relations.length, documentLabels };
}
