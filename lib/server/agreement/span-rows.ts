import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations } from "@/db/schema";
import { type SpanColumns, groupSpanColumns, viewGroupedSpanColumns } from "@/lib/domain/agreement/span-groups";
import { type AgreementDocument, type ClaimStances, unlinkedClaimLabel, untypedEntityLabel } from "./agreement-data";

/** A document's spans as parallel arrays, one per column, in the order of the select below. */
export type SpanRow = [documentId: number, ids: string, authorIds: string, starts: string, ends: string, labels: string, stances: string];

/** Names of the label codes of SpanRow: entity type ids, and −1 − claim id for claims. */
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

/** A document's spans, grouped per layer, from its span row (none if nobody marked a span). */
export function toDocumentWork(row: SpanRow | undefined, annotatorIds: readonly number[], labelNames: LabelNames): DocumentWork {
  const columns = row ? parseSpanRow(row, annotatorIds) : noSpans;
  return viewGroupedLayers(columns, annotatorIds.length, labelNames) ?? groupLayers(columns, annotatorIds.length, labelNames);
}

function parseSpanRow(row: SpanRow, annotatorIds: readonly number[]): SpanRowColumns {
  const [, idsJson, authorIdsJson, startsJson, endsJson, labelsJson, stancesJson] = row;
  const ids = JSON.parse(idsJson) as number[];
  return {
    // −1 for spans of sets that were not submitted.
    coders: (JSON.parse(authorIdsJson) as number[]).map((authorId) => annotatorIds.indexOf(authorId)),
    keys: JSON.parse(labelsJson) as number[],
    starts: JSON.parse(startsJson) as number[],
    ends: JSON.parse(endsJson) as number[],
    ids,
    stances: JSON.parse(stancesJson) as (string | null)[],
    count: ids.length,
  };
}

const noSpans: SpanRowColumns = { coders: [], keys: [], starts: [], ends: [], ids: [], stances: [], count: 0 };

/** A span row's columns; `keys` are its label codes. */
type SpanRowColumns = SpanColumns<number> & Omit<ClaimStances, "from" | "to">;
export type DocumentWork = Pick<AgreementDocument, "entities" | "claims" | "claimStances">;

/**
 * The layers as views into the row's columns, when the index handed the spans over grouped: claims
 * (layer "claim" sorts first) before entities, each label's spans together, by coder.
 */
function viewGroupedLayers(columns: SpanRowColumns, coderCount: number, labelNames: LabelNames): DocumentWork | null {
  const { keys, count } = columns;
  let split = 0;
  while (split < count && keys[split]! < 0) split++;
  for (let k = split; k < count; k++) if (keys[k]! < 0) return null;
  const claims = viewGroupedSpanColumns(columns, 0, split, coderCount, labelNames.claim);
  const entities = claims && viewGroupedSpanColumns(columns, split, count, coderCount, labelNames.entity);
  return entities && claims && { entities, claims, claimStances: { ...columns, from: 0, to: split } };
}

/** The layers grouped by copying, whatever the order of the row's columns. */
function groupLayers(columns: SpanRowColumns, coderCount: number, labelNames: LabelNames): DocumentWork {
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

/** The spans of every annotator set of the project, submitted or not, one row per document (see SpanRow). */
export function spanRowsQuery(db: Db, projectId: number) {
  // Parallel arrays, one per column: flat arrays of numbers parse faster than an array per span.
  // annotations_project_document_idx covers the query and gives the order.
  return db
    .select({
      documentId: annotations.documentId,
      ids: sql<string>`json_group_array(${annotations.id})`,
      authorIds: sql<string>`json_group_array(${annotations.authorId})`,
      starts: sql<string>`json_group_array(${annotations.start})`,
      ends: sql<string>`json_group_array(${annotations.end})`,
      // The layer and the label in one number: −1 − claim id for claims (−1: no claim), the entity
      // type id for entities (0: untyped). Ids start at 1.
      labels: sql<string>`json_group_array(case when ${annotations.layer} = 'claim' then -1 - coalesce(${annotations.claimId}, 0)
        else coalesce(${annotations.entityTypeId}, 0) end)`,
      stances: sql<string>`json_group_array(${annotations.stance})`,
    })
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), eq(annotations.set, "annotator"), isNull(annotations.deletedAt)))
    .groupBy(annotations.documentId)
    .orderBy(asc(annotations.documentId));
}
