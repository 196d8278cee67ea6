import type { ExportDocument } from "@/lib/domain/export/dataset-model";
import { normalizeLanguageTag } from "@/lib/domain/import/normalize-language-tag";
import { normalizePublishedAt } from "@/lib/domain/import/normalize-published-at";
import type { AnnotatedDraft, DraftSpan } from "./annotated-draft";
import { normalizeAnnotatedText } from "./normalize-annotated-text";
import { FormatError } from "./read-result";

const setName = (item: { set: string; annotator: string | null }) => (item.set === "gold" ? "gold" : (item.annotator ?? "annotator"));

/**
 * A document of Claimdesk's own JSONL export, made ready to store as one annotation set: the
 * document's fields as exported, spans with their entity types, catalog entities, claims,
 * stances, claimants and notes (by name, to be found or created in the new project), relations
 * and document labels. A line holding several sets (gold and annotators) must be split first.
 */
export function annotatedDraftFromClaimdesk(document: ExportDocument, name: string): AnnotatedDraft {
  const sets = [...new Set([...document.spans, ...document.relations, ...document.documentLabels].map(setName))];
  if (sets.length > 1) {
    throw new FormatError({
      code: "mixed_annotation_sets",
      message: `the document holds ${sets.length} annotation sets (${sets.join(", ")}); export one set (set=gold, or one annotator's) and import that`,
      document: name,
    });
  }
  const normalized = normalizeAnnotatedText(document.text, document.spans.flatMap((span) => [span.start, span.end]), name);
  const characters = Array.from(normalized.text);
  const indexById = new Map(document.spans.map((span, index) => [span.id, index]));
  const indexOf = (id: number, what: string) => {
    const index = indexById.get(id);
    if (index === undefined) {
      throw new FormatError({ code: "unknown_reference", message: `${what} refers to span ${id}, which is not in this document`, document: name });
    }
    return index;
  };
  const spans: DraftSpan[] = document.spans.map((span) => {
    const start = normalized.offset(span.start);
    const end = normalized.offset(span.end);
    return {
      layer: span.layer,
      start,
      end,
      quote: characters.slice(start, end).join(""),
      label: span.layer === "entity" ? span.entityType : null,
      entity: span.entity ? { name: span.entity.name, externalId: span.entity.externalId } : null,
      claim: span.claim?.statement ?? null,
      stance: span.stance,
      claimant: span.claimant?.name ?? null,
      claimantMention: span.claimantMentionId === null ? null : indexOf(span.claimantMentionId, `span ${span.id}'s claimant`),
      note: span.note,
    };
  });
  spans.forEach((span, index) => {
    if (span.claimantMention !== null && (span.layer !== "claim" || spans[span.claimantMention]!.layer !== "entity")) {
      throw new FormatError({
        code: "unknown_reference",
        message: `span ${document.spans[index]!.id}: a claimant mention links a claim span to an entity span`,
        document: name,
      });
    }
  });
  return {
    name,
    draft: {
      title: document.title,
      text: normalized.text,
      language: normalizeLanguageTag(document.language),
      publishedAt: document.publishedAt === null ? null : normalizePublishedAt(document.publishedAt),
      sourceUrl: document.sourceUrl,
      externalId: document.externalId,
      metadata: document.metadata,
      sourceFormat: "claimdesk-jsonl",
      raw: document.text,
    },
    spans,
    relations: document.relations.map((relation) => ({
      type: relation.type,
      from: indexOf(relation.fromId, `relation ${relation.id}`),
      to: indexOf(relation.toId, `relation ${relation.id}`),
    })),
    documentLabels: document.documentLabels.map((label) => ({ claim: label.claimStatement, stance: label.stance })),
  };
}
