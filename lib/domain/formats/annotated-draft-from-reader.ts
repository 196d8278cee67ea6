import { CLAIM_LABEL } from "@/lib/domain/export/dataset-model";
import { detectLanguage } from "@/lib/domain/import/detect-language";
import { firstLineTitle } from "@/lib/domain/text/first-line-title";
import type { AnnotatedDraft, AnnotationFormat, DraftRelation, DraftSpan } from "./annotated-draft";
import { normalizeAnnotatedText } from "./normalize-annotated-text";
import { FormatError, type ImportedDocument, type ImportedSpan } from "./read-result";

/** Claimdesk's exporters link a claim to the span naming its claimant with this relation type. */
const CLAIMANT_RELATION = "Claimant";
/** brat writes the stance as an attribute `Stance`; Label Studio as a choice named `stance`. */
const STANCE_ATTRIBUTES = ["Stance", "stance"];
const CLAIMDESK_CLAIM_DB = "ClaimdeskClaim";
const CLAIMDESK_ENTITY_DB = "ClaimdeskEntity";

const isClaimLabel = (label: string) => label.toLowerCase() === CLAIM_LABEL.toLowerCase();

/**
 * One document read from brat, Label Studio or doccano, made ready to store: its text normalised
 * with the offsets moved along, a title (the file's, else the first line), a detected language,
 * and its spans as one annotation set. `Claim` spans become claims, with a stance from a
 * `Stance` attribute or choice; a `Claimant` relation from a claim becomes its claimant mention;
 * brat normalisations (`Wikidata:Q232`) link entities. Repeated identical spans are kept once.
 */
export function annotatedDraftFromReader(
  document: ImportedDocument,
  options: { format: AnnotationFormat; name: string; useFileTitle: boolean },
): AnnotatedDraft {
  const { name } = options;
  const annotators = [...new Set(document.spans.map((span) => span.annotator).filter((a) => a !== undefined))];
  if (annotators.length > 1) {
    throw new FormatError({
      code: "mixed_annotation_sets",
      message: `the document holds the work of ${annotators.length} annotators (${annotators.join(", ")}); import one annotator's work per file`,
      document: name,
    });
  }
  const normalized = normalizeAnnotatedText(document.text, document.spans.flatMap((span) => [span.start, span.end]), name);
  const { text } = normalized;
  if (text.trim() === "") throw new FormatError({ code: "no_content", message: "the text is empty", document: name });

  const spans: DraftSpan[] = [];
  const indexOf: number[] = [];
  const seen = new Map<string, number>();
  const characters = Array.from(text);
  for (const span of document.spans) {
    const draft = draftSpan(span, normalized.offset(span.start), normalized.offset(span.end), characters);
    const key = `${draft.layer}\u0000${draft.start}\u0000${draft.end}\u0000${draft.label ?? ""}`;
    const known = seen.get(key);
    if (known !== undefined) {
      indexOf.push(known);
      continue;
    }
    seen.set(key, spans.length);
    indexOf.push(spans.length);
    spans.push(draft);
  }

  const relations: DraftRelation[] = [];
  const relationKeys = new Set<string>();
  for (const relation of document.relations ?? []) {
    const from = indexOf[relation.from];
    const to = indexOf[relation.to];
    if (from === undefined || to === undefined) continue;
    const claim = spans[from]!;
    if (relation.type === CLAIMANT_RELATION && claim.layer === "claim" && spans[to]!.layer === "entity" && claim.claimantMention === null) {
      claim.claimantMention = to;
      continue;
    }
    const key = `${relation.type}\u0000${from}\u0000${to}`;
    if (relationKeys.has(key)) continue;
    relationKeys.add(key);
    relations.push({ type: relation.type, from, to });
  }

  const fileTitle = options.useFileTitle ? document.title?.replace(/\s+/g, " ").trim() : undefined;
  return {
    name,
    draft: {
      title: fileTitle || firstLineTitle(text) || document.externalId || "Untitled",
      text,
      language: detectLanguage(text),
      publishedAt: null,
      sourceUrl: null,
      externalId: document.externalId ?? null,
      metadata: document.metadata ?? {},
      sourceFormat: options.format,
      raw: document.text,
    },
    spans,
    relations,
    documentLabels: [],
  };
}

function draftSpan(span: ImportedSpan, start: number, end: number, characters: string[]): DraftSpan {
  const claim = isClaimLabel(span.label);
  const references = span.references ?? [];
  const claimReference = references.find((reference) => reference.db === CLAIMDESK_CLAIM_DB && reference.name.trim() !== "");
  const entityReference = references.find((reference) => reference.db !== CLAIMDESK_CLAIM_DB && reference.name.trim() !== "");
  const stance = STANCE_ATTRIBUTES.map((attribute) => span.attributes?.[attribute]).find((value) => value !== undefined);
  return {
    layer: claim ? "claim" : "entity",
    start,
    end,
    quote: characters.slice(start, end).join(""),
    label: claim ? null : span.label,
    entity: !claim && entityReference ? { name: entityReference.name.trim(), externalId: externalIdOf(entityReference) } : null,
    claim: claim && claimReference ? claimReference.name.trim() : null,
    stance: claim && stance ? stance : null,
    claimant: null,
    claimantMention: null,
    note: span.note ?? "",
  };
}

function externalIdOf(reference: { db: string; id: string }): string | null {
  if (reference.db === CLAIMDESK_ENTITY_DB) return null;
  if (reference.db === "Wikidata") return reference.id;
  return `${reference.db}:${reference.id}`;
}
