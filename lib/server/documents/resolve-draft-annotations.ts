import "server-only";
import type { AnnotatedDraft } from "@/lib/domain/formats/annotated-draft";
import { UNTYPED_ENTITY_LABEL } from "@/lib/domain/export/dataset-model";
import type { ImportVocabulary } from "./import-vocabulary";
import type { AnnotationsToStore } from "./import-writer/import-writer";

/** Whose annotations an import writes: the project's pre-annotations, or one annotator's set. */
export type AnnotationTarget = { set: "preannotation"; authorId: number } | { set: "annotator"; authorId: number };

/**
 * An annotated document's spans, relations and document labels, for the target set, with every
 * label, claim and entity they name resolved through the vocabulary in the file's order (so that
 * what it creates is numbered as the file lists it). An annotator's set comes with an assignment
 * in progress, so that the document is in their queue.
 */
export async function resolveDraftAnnotations(options: {
  vocabulary: ImportVocabulary;
  projectId: number;
  documentId: number;
  callerId: number;
  target: AnnotationTarget;
  document: AnnotatedDraft;
  now: Date;
}): Promise<AnnotationsToStore> {
  const { vocabulary, document } = options;
  const spans: AnnotationsToStore["spans"][number][] = [];
  for (const span of document.spans) {
    const isEntity = span.layer === "entity";
    const entityTypeId = isEntity ? await vocabulary.entityTypeId(span.label ?? UNTYPED_ENTITY_LABEL) : null;
    spans.push({
      layer: span.layer,
      start: span.start,
      end: span.end,
      quote: span.quote,
      entityTypeId,
      entityId: isEntity && span.entity ? await vocabulary.entityId(span.entity, entityTypeId) : null,
      claimId: !isEntity && span.claim ? await vocabulary.claimId(span.claim) : null,
      stance: !isEntity && span.stance ? await vocabulary.stanceKey(span.stance) : null,
      claimantEntityId: !isEntity && span.claimant ? await vocabulary.entityId({ name: span.claimant, externalId: null }, null) : null,
      claimantMention: span.claimantMention,
      note: span.note,
    });
  }
  const relations: AnnotationsToStore["relations"][number][] = [];
  for (const relation of document.relations) {
    relations.push({ relationTypeId: await vocabulary.relationTypeId(relation.type), from: relation.from, to: relation.to });
  }
  const documentLabels: AnnotationsToStore["documentLabels"][number][] = [];
  for (const label of document.documentLabels) {
    const claimId = await vocabulary.claimId(label.claim);
    documentLabels.push({ claimId, stance: await vocabulary.stanceKey(label.stance) });
  }
  return {
    projectId: options.projectId,
    documentId: options.documentId,
    set: options.target.set,
    authorId: options.target.authorId,
    assignedBy: options.callerId,
    createdAt: options.now,
    spans,
    relations,
    documentLabels,
  };
}
