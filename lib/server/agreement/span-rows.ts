import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { annotations } from "@/db/schema";
import { type SpanColumns, groupSpanColumns, viewGroupedSpanColumns } from "@/lib/domain/agreement/span-groups";
import { type AgreementDocument, type ClaimStances, unlinkedClaimLabel, untypedEntityLabel } from "./agreement-data";

/**
 * A document's spans of every annotator set, submitted or not, as parallel columns: flat arrays of
 * numbers, not an object per span. Both engines hand them over in the order of the covering index
 * annotations_project_document_idx as SQLite reads it: by layer (claims first), claim id, entity
 * type id (none first in both), author, start and end, so that the groups are views into them.
 */
export interface DocumentSpans {
  documentId: number;
  ids: number[];
  authorIds: number[];
  starts: number[];
  ends: number[];
  /** Label codes (see spanLabelCode). */
  labels: number[];
  stances: (string | null)[];
}

/**
 * Reads a project's spans (see DocumentSpans), one document after the other in ascending id order,
 * within the read that loads the rest of the agreement data (see span-row-source.ts).
 */
export type SpanRowReader = (projectId: number, visit: (spans: DocumentSpans) => void) => Promise<void>;

/** The spans the agreement pass reads: the project's annotator sets, deleted spans left out. */
export const agreementSpansOf = (projectId: number) =>
  and(eq(annotations.projectId, projectId), eq(annotations.set, "annotator"), isNull(annotations.deletedAt));

/**
 * The layer and the label in one number: −1 − claim id for claims (−1: no claim), the entity type
 * id for entities (0: untyped). Ids start at 1.
 */
export const spanLabelCode = sql<number>`case when ${annotations.layer} = 'claim' then -1 - coalesce(${annotations.claimId}, 0)
  else coalesce(${annotations.entityTypeId}, 0) end`;

/** Names of the label codes: entity type ids, and −1 − claim id for claims. */
export interface LabelNames {
  entity: (typeId: number) => string;
  claim: (code: number) => string;
}

/** Label names by entity type key ("untyped" without a type) and claim id ("unlinked" without one), each made once. */
export function newLabelNames(typeKeys: ReadonlyMap<number, string>): LabelNames {
  const claimLabels = new Map<number, string>();
  return {
    entity: (typeId) => typeKeys.get(typeId) ?? untypedEntityLabel,
    claim: (code) => {
      let label = claimLabels.get(code);
      if (label === undefined) claimLabels.set(code, (label = code === -1 ? unlinkedClaimLabel : String(-1 - code)));
      return label;
    },
  };
}

/** A document's spans, grouped per layer (none if nobody marked a span). */
export function toDocumentWork(spans: DocumentSpans | undefined, annotatorIds: readonly number[], labelNames: LabelNames): DocumentWork {
  const columns = spans ? toSpanColumns(spans, annotatorIds) : noSpans;
  return viewGroupedLayers(columns, annotatorIds.length, labelNames) ?? groupLayers(columns, annotatorIds.length, labelNames);
}

function toSpanColumns(spans: DocumentSpans, annotatorIds: readonly number[]): DocumentSpanColumns {
  const { ids, authorIds, starts, ends, labels, stances } = spans;
  return {
    // −1 for spans of sets that were not submitted.
    coders: authorIds.map((authorId) => annotatorIds.indexOf(authorId)),
    keys: labels,
    starts,
    ends,
    ids,
    stances,
    count: ids.length,
  };
}

const noSpans: DocumentSpanColumns = { coders: [], keys: [], starts: [], ends: [], ids: [], stances: [], count: 0 };

/** A document's span columns; `keys` are its label codes. */
type DocumentSpanColumns = SpanColumns<number> & Omit<ClaimStances, "from" | "to">;
export type DocumentWork = Pick<AgreementDocument, "entities" | "claims" | "claimStances">;

/**
 * The layers as views into the columns, when they come in the covering index's order: claims
 * (layer "claim" sorts first) before entities, each label's spans together, by coder.
 */
function viewGroupedLayers(columns: DocumentSpanColumns, coderCount: number, labelNames: LabelNames): DocumentWork | null {
  const { keys, count } = columns;
  let split = 0;
  while (split < count && keys[split]! < 0) split++;
  for (let k = split; k < count; k++) if (keys[k]! < 0) return null;
  const claims = viewGroupedSpanColumns(columns, 0, split, coderCount, labelNames.claim);
  const entities = claims && viewGroupedSpanColumns(columns, split, count, coderCount, labelNames.entity);
  return entities && claims && { entities, claims, claimStances: { ...columns, from: 0, to: split } };
}

/** The layers grouped by copying, whatever the order of the columns. */
function groupLayers(columns: DocumentSpanColumns, coderCount: number, labelNames: LabelNames): DocumentWork {
  const layer = (isClaim: boolean) => {
    const picked = [...Array(columns.count).keys()].filter((k) => columns.coders[k] !== -1 && columns.keys[k]! < 0 === isClaim);
    const pick = <T>(values: ArrayLike<T>) => picked.map((k) => values[k]!);
    const { coders, keys, starts, ends, ids, stances } = columns;
    return { coders: pick(coders), keys: pick(keys), starts: pick(starts), ends: pick(ends), ids: pick(ids), stances: pick(stances), count: picked.length };
  };
  const claims = layer(true);
  return {
    entities: groupSpanColumns(layer(false), coderCount, labelNames.entity),
    claims: groupSpanColumns(claims, coderCount, labelNames.claim),
    claimStances: { ...claims, from: 0, to: claims.count },
  };
}
