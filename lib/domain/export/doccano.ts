import { offsetConverter, type OffsetUnit } from "@/lib/domain/formats/offset-units";
import { spanLabel, type ExportDocument } from "./dataset-model";

/** Relation type linking a claim span to the span that names its claimant. */
export const DOCCANO_CLAIMANT_RELATION = "Claimant";

/**
 * One document as a line of doccano's relation-extraction JSONL
 * (`{"id","text","entities":[…],"relations":[…]}`). doccano's annotator (v-annotator) takes
 * offsets from the browser's string positions, so they count UTF-16 units (doccano issue
 * #2290), or grapheme clusters when the project has "Count grapheme clusters as one
 * character" on: choose `unit` to match the project you import into.
 * Pass one annotation set (see `selectAnnotationSet`).
 */
export function exportDoccanoLine(document: ExportDocument, unit: OffsetUnit = "utf-16"): string {
  const offsets = offsetConverter(document.text, unit);
  const spanIds = new Set(document.spans.map((span) => span.id));
  const relations: { id: number; from_id: number; to_id: number; type: string }[] = [];
  const relate = (fromId: number, toId: number, type: string) => {
    if (spanIds.has(fromId) && spanIds.has(toId)) relations.push({ id: relations.length + 1, from_id: fromId, to_id: toId, type });
  };
  for (const span of document.spans) {
    if (span.claimantMentionId !== null) relate(span.id, span.claimantMentionId, DOCCANO_CLAIMANT_RELATION);
  }
  for (const relation of document.relations) relate(relation.fromId, relation.toId, relation.type);
  const line = {
    id: document.id,
    text: document.text,
    entities: document.spans.map((span) => ({
      id: span.id,
      label: spanLabel(span),
      start_offset: offsets.toUnit(span.start, "start"),
      end_offset: offsets.toUnit(span.end, "end"),
    })),
    relations,
  };
  return `${JSON.stringify(line)}\n`;
}
