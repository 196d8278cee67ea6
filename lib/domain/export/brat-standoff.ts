import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import { bratFragments, bratFragmentText } from "./brat-fragments";
import { spanLabel, type ExportDocument, type ExportSpan } from "./dataset-model";
import { tokenLabel } from "./iob2-tags";
import type { ZipEntry } from "./zip-entry";

/** Relation type linking a claim span to the span that names its claimant. */
export const BRAT_CLAIMANT_RELATION = "Claimant";
export const BRAT_STANCE_ATTRIBUTE = "Stance";

/** A QID goes to Wikidata, `db:id` is kept, anything else points back into Claimdesk. */
function entityReference(entity: NonNullable<ExportSpan["entity"]>): string {
  const external = entity.externalId?.trim() ?? "";
  if (/^Q\d+$/.test(external)) return `Wikidata:${external}`;
  if (/^[A-Za-z][\w.-]*:\S+$/.test(external)) return external;
  return `ClaimdeskEntity:${entity.id}`;
}

const oneLine = (value: string) => value.replace(/\s+/gu, " ").trim();

/**
 * One document as brat standoff: `<id>.txt` holding the text exactly, and `<id>.ann` with
 * T (spans; code-point offsets, which is what brat's Python reader counts), A (stance),
 * N (entity and canonical-claim links), R (relations and claimants) and # (notes) lines.
 * Pass one annotation set (see `selectAnnotationSet`); `directory` is prefixed to the paths.
 */
export function exportBratDocument(document: ExportDocument, directory = ""): ZipEntry[] {
  const base = `${directory}${document.id}`;
  return [
    { path: `${base}.txt`, content: document.text },
    { path: `${base}.ann`, content: bratAnnotationLines(document).join("") },
  ];
}

function bratAnnotationLines(document: ExportDocument): string[] {
  const text = buildOffsetIndex(document.text);
  const spans = [...document.spans].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  const tIds = new Map<number, string>();
  const textBound: string[] = [];
  for (const span of spans) {
    const fragments = bratFragments(text.slice(span.start, span.end), span.start);
    if (fragments.length === 0) continue;
    const tId = `T${tIds.size + 1}`;
    tIds.set(span.id, tId);
    const offsets = fragments.map(([start, end]) => `${start} ${end}`).join(";");
    textBound.push(`${tId}\t${tokenLabel(spanLabel(span))} ${offsets}\t${bratFragmentText(text, fragments)}\n`);
  }

  const attributes: string[] = [];
  const references: string[] = [];
  const relations: string[] = [];
  const notes: string[] = [];
  const relate = (type: string, from: string | undefined, to: string | undefined) => {
    if (from && to) relations.push(`R${relations.length + 1}\t${tokenLabel(type)} Arg1:${from} Arg2:${to}\n`);
  };
  for (const span of spans) {
    const tId = tIds.get(span.id);
    if (!tId) continue;
    if (span.stance) attributes.push(`A${attributes.length + 1}\t${BRAT_STANCE_ATTRIBUTE} ${tId} ${tokenLabel(span.stance)}\n`);
    if (span.entity) {
      references.push(`N${references.length + 1}\tReference ${tId} ${entityReference(span.entity)}\t${oneLine(span.entity.name)}\n`);
    }
    if (span.claim) {
      references.push(`N${references.length + 1}\tReference ${tId} ClaimdeskClaim:${span.claim.id}\t${oneLine(span.claim.statement)}\n`);
    }
    if (span.claimantMentionId !== null) relate(BRAT_CLAIMANT_RELATION, tId, tIds.get(span.claimantMentionId));
    const note = [span.note, span.claimant ? `claimant: ${span.claimant.name}` : ""].map(oneLine).filter(Boolean);
    if (note.length > 0) notes.push(`#${notes.length + 1}\tAnnotatorNotes ${tId}\t${note.join(" | ")}\n`);
  }
  for (const relation of document.relations) relate(relation.type, tIds.get(relation.fromId), tIds.get(relation.toId));
  return [...textBound, ...attributes, ...references, ...relations, ...notes];
}
