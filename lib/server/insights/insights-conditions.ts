import "server-only";
import { and, eq, exists, inArray, isNotNull, isNull, not, or, type SQL, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documents } from "@/db/schema";
import { normalizeMentionText, parseClaimantKey } from "@/lib/domain/insights/claimant-key";
import type { InsightsFilter, InsightsSet } from "@/lib/domain/insights/insights-filter";
import { isAssignedTo, seesOnlyAssignedDocuments } from "@/lib/server/documents/document-visibility";
import { inByteOrder } from "./insights-dialect";
import type { InsightsAccess } from "./require-insights-access";

/** The entity span a claim span names as its claimant (`claimant_mention_id`). */
export const claimantMention = alias(annotations, "claimant_mention");

/** Join condition of `claimantMention` to the claim spans `annotations`. */
export const claimantMentionJoin = and(eq(claimantMention.id, annotations.claimantMentionId), isNull(claimantMention.deletedAt));

/** The claim and stance of a counted claim span: never null, as the span conditions require both. */
export const spanClaimId = sql<number>`${annotations.claimId}`;
export const spanStance = sql<string>`${annotations.stance}`;

/** The date part of publishedAt as stored (`2022`, `2022-10`, `2022-10-05`), null when undated. */
const publishedDay = sql<string | null>`substr(${documents.publishedAt}, 1, 10)`;

const stanceLabel = alias(documentLabels, "stance_label");

/** Spans or document labels, aliased or not. */
interface SetRows {
  set: AnyPgColumn;
  documentId: AnyPgColumn;
  authorId: AnyPgColumn;
}

const submittedDocument = alias(documents, "submitted_document");

/**
 * Which rows (spans or document labels) the chosen set holds: gold rows, and rows of annotators
 * who submitted the document; work in progress never counts. The submissions are one uncorrelated
 * list, which PostgreSQL hashes once and SQLite indexes once, instead of a look-up per row.
 */
function setCondition(db: Db, projectId: number, rows: SetRows, set: InsightsSet): SQL {
  const submissions = db
    .select({ documentId: assignments.documentId, userId: assignments.userId })
    .from(assignments)
    .innerJoin(submittedDocument, eq(submittedDocument.id, assignments.documentId))
    .where(and(eq(submittedDocument.projectId, projectId), eq(assignments.status, "submitted")));
  const gold = eq(rows.set, "gold");
  const annotator = and(eq(rows.set, "annotator"), sql`(${rows.documentId}, ${rows.authorId}) in ${submissions}`)!;
  if (set === "gold") return gold;
  if (set === "annotator") return annotator;
  return or(gold, annotator)!;
}

/** The conditions a view's queries share, on `documents`, on claim spans and on document labels. */
export interface InsightsConditions {
  documents: SQL[];
  /** On `annotations` as claim spans. */
  spans: SQL[];
  /**
   * `spans` and the document conditions, for a query that reads no column of `documents`: the
   * documents that qualify are one uncorrelated list, and none at all when the filter leaves every
   * document of the project in (no join to make per span).
   */
  spansInDocuments: SQL[];
  /** On `documentLabels`; a claimant filter is left to the caller, as labels name no claimant. */
  labels: SQL[];
}

/**
 * The filter as SQL. Dates overlap the range: `2022-10` is within from=2022-10-20, and undated
 * documents drop out once a bound is given. Annotators (when the project lets them in) see no
 * document they still work on, and only their assigned ones in a project restricted to them.
 */
export async function insightsConditions(db: Db, scope: InsightsAccess, filter: InsightsFilter): Promise<InsightsConditions> {
  const { projectId } = scope;
  const documentWhere: SQL[] = [eq(documents.projectId, projectId)];
  if (filter.language.length > 0) documentWhere.push(inArray(documents.language, filter.language));
  if (filter.from || filter.to) documentWhere.push(isNotNull(documents.publishedAt));
  if (filter.from) {
    const fromPrefix = sql`substr(cast(${filter.from} as text), 1, length(${publishedDay}))`;
    documentWhere.push(sql`${inByteOrder(publishedDay)} >= ${fromPrefix}`);
  }
  if (filter.to) documentWhere.push(sql`${inByteOrder(publishedDay)} <= cast(${filter.to} as text)`);
  if (filter.documentStance) {
    const labelled = [eq(stanceLabel.documentId, documents.id), eq(stanceLabel.stance, filter.documentStance), setCondition(db, projectId, stanceLabel, filter.set)];
    if (filter.claim.length > 0) labelled.push(inArray(stanceLabel.claimId, filter.claim));
    documentWhere.push(exists(db.select({ one: sql`1` }).from(stanceLabel).where(and(...labelled))));
  }
  if (!scope.reviews) {
    if (seesOnlyAssignedDocuments(scope.access)) documentWhere.push(isAssignedTo(scope.callerId));
    // Others' judgements on a document the caller has not submitted yet would sway theirs.
    const unfinished = db
      .select({ one: sql`1` })
      .from(assignments)
      .where(and(eq(assignments.documentId, documents.id), eq(assignments.userId, scope.callerId), inArray(assignments.status, ["assigned", "in_progress"])));
    documentWhere.push(not(exists(unfinished)));
  }

  const spanWhere: SQL[] = [
    eq(annotations.projectId, projectId),
    eq(annotations.layer, "claim"),
    isNull(annotations.deletedAt),
    isNotNull(annotations.claimId),
    isNotNull(annotations.stance),
    setCondition(db, projectId, annotations, filter.set),
  ];
  if (filter.claim.length > 0) spanWhere.push(inArray(annotations.claimId, filter.claim));
  if (filter.claimant.length > 0) spanWhere.push(await claimantCondition(db, projectId, filter.claimant));

  const labelWhere: SQL[] = [eq(documentLabels.projectId, projectId), setCondition(db, projectId, documentLabels, filter.set)];
  if (filter.claim.length > 0) labelWhere.push(inArray(documentLabels.claimId, filter.claim));
  const documentsFiltered = documentWhere.length > 1;
  const inDocuments = documentsFiltered ? [inArray(annotations.documentId, db.select({ id: documents.id }).from(documents).where(and(...documentWhere)))] : [];
  return { documents: documentWhere, spans: spanWhere, spansInDocuments: [...spanWhere, ...inDocuments], labels: labelWhere };
}

/**
 * Claim spans whose claimant is one of `keys`. The claimant mentions that qualify are one
 * uncorrelated list (hashed or indexed once), not a join per span. Unlinked mentions match by
 * normalized text, which SQL cannot compute alike on both engines: the project's spellings are
 * read and matched here.
 */
async function claimantCondition(db: Db, projectId: number, keys: readonly string[]): Promise<SQL> {
  const entityIds: number[] = [];
  const texts = new Set<string>();
  for (const key of keys) {
    const ref = parseClaimantKey(key);
    if (ref?.kind === "entity") entityIds.push(ref.entityId);
    else if (ref?.kind === "mention") texts.add(ref.text);
  }
  const mentions = (which: SQL) =>
    db
      .select({ id: claimantMention.id })
      .from(claimantMention)
      .where(and(eq(claimantMention.projectId, projectId), eq(claimantMention.layer, "entity"), isNull(claimantMention.deletedAt), which));
  const viaMention = (which: SQL) => and(isNull(annotations.claimantEntityId), inArray(annotations.claimantMentionId, mentions(which)))!;
  const matches: SQL[] = [];
  if (entityIds.length > 0) {
    matches.push(inArray(annotations.claimantEntityId, entityIds), viaMention(inArray(claimantMention.entityId, entityIds)));
  }
  if (texts.size > 0) {
    const spellings = await db
      .selectDistinct({ quote: claimantMention.quote })
      .from(annotations)
      .innerJoin(claimantMention, claimantMentionJoin)
      .where(and(eq(annotations.projectId, projectId), isNull(annotations.claimantEntityId), isNull(claimantMention.entityId)));
    const quotes = spellings.map((row) => row.quote).filter((quote) => texts.has(normalizeMentionText(quote)));
    if (quotes.length > 0) matches.push(viaMention(and(isNull(claimantMention.entityId), inArray(claimantMention.quote, quotes))!));
  }
  return matches.length > 0 ? or(...matches)! : sql`1 = 0`;
}
