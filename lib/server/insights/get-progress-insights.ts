import "server-only";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db, getDb } from "@/db/client";
import { annotations, assignments, documentReviews, documents, events, memberships, users } from "@/db/schema";
import { buildProgressView, type GoldMatch, type ProgressView } from "@/lib/domain/insights/progress-view";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { sameOrBothNull } from "./insights-dialect";
import { runInsightsJob } from "./insights-jobs";

/** The annotator spans compared with a gold span. */
const own = alias(annotations, "own");

/**
 * When an annotator began a document: their first edit (`assignment.start`), else the moment it
 * became theirs (`assignment.create`, from the queue or their first edit of an unassigned one). A
 * manager's assigning is no start: the document may wait days.
 */
const startedAt = sql<Date | null>`(select coalesce(
    min(case when ${events.action} = 'assignment.start' then ${events.at} end),
    min(case when ${events.action} = 'assignment.create' then ${events.at} end))
  from ${events} where ${events.subjectType} = 'assignment' and ${events.subjectId} = ${assignments.id})`.mapWith(events.at);

/**
 * How the annotation goes, for managers: submissions per annotator and day, the median time per
 * document from the audit log, exact span F1 against gold per week, and what is left to do.
 */
export async function getProgressInsights(options: { caller: Caller; projectId: number }): Promise<ProgressView> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId, "manager");
  return runInsightsJob({ view: "progress", projectId, annotatorsPerDocument: access.settings.annotatorsPerDocument });
}

/** The progress view of a project whose manager requireProjectRole has let in (in the insights worker). */
export async function readProgressInsights(options: { projectId: number; annotatorsPerDocument: number }): Promise<ProgressView> {
  const { projectId, annotatorsPerDocument } = options;
  const db = getDb();
  const submissions = (
    await db
      .select({ documentId: assignments.documentId, userId: assignments.userId, submittedAt: assignments.submittedAt, startedAt })
      .from(assignments)
      .innerJoin(documents, eq(documents.id, assignments.documentId))
      .where(and(eq(documents.projectId, projectId), eq(assignments.status, "submitted")))
  ).filter((row): row is typeof row & SubmittedDocument => row.submittedAt !== null);
  return buildProgressView({
    annotators: await readAnnotators(db, projectId, submissions.map((s) => s.userId)),
    submissions,
    goldMatches: await readGoldMatches(db, projectId, submissions),
    queueRemaining: await countRemainingSubmissions(db, projectId, annotatorsPerDocument),
  });
}

/** The project's annotators, and whoever else submitted work in it. */
async function readAnnotators(db: Db, projectId: number, submitterIds: readonly number[]) {
  const columns = { userId: users.id, name: users.name, email: users.email };
  const members = await db
    .selectDistinct(columns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, "annotator")));
  const known = new Set(members.map((member) => member.userId));
  const others = [...new Set(submitterIds)].filter((id) => !known.has(id));
  return others.length === 0 ? members : [...members, ...(await db.select(columns).from(users).where(inArray(users.id, others)))];
}

interface SubmittedDocument {
  documentId: number;
  userId: number;
  submittedAt: Date;
}

/**
 * Each submitted set of an adjudicated document against its gold set: its spans, those with a gold
 * span at the same offsets, layer and label, and the gold spans. Counted per document and author
 * in SQL, from the gold side: gold spans are fewer than the annotators' spans.
 */
async function readGoldMatches(db: Db, projectId: number, submissions: readonly SubmittedDocument[]): Promise<GoldMatch[]> {
  const adjudicated = and(eq(documentReviews.documentId, annotations.documentId), eq(documentReviews.status, "adjudicated"));
  const live = (set: "gold" | "annotator") => and(eq(annotations.projectId, projectId), eq(annotations.set, set), isNull(annotations.deletedAt));
  const goldCounts = await db
    .select({ documentId: documentReviews.documentId, n: count(annotations.id) })
    .from(documentReviews)
    .innerJoin(documents, eq(documents.id, documentReviews.documentId))
    .leftJoin(annotations, and(adjudicated, live("gold")))
    .where(and(eq(documents.projectId, projectId), eq(documentReviews.status, "adjudicated")))
    .groupBy(documentReviews.documentId);
  if (goldCounts.length === 0) return [];
  const ownCounts = await db
    .select({ documentId: annotations.documentId, userId: annotations.authorId, n: count() })
    .from(annotations)
    .innerJoin(documentReviews, adjudicated)
    .where(live("annotator"))
    .groupBy(annotations.documentId, annotations.authorId);
  const matchCounts = await db
    .select({ documentId: own.documentId, userId: own.authorId, n: count() })
    .from(annotations)
    .innerJoin(documentReviews, adjudicated)
    .innerJoin(
      own,
      // In the order of annotations_project_document_idx, which SQLite then searches to the label.
      and(
        eq(own.projectId, annotations.projectId),
        eq(own.documentId, annotations.documentId),
        eq(own.layer, annotations.layer),
        sameOrBothNull(own.claimId, annotations.claimId),
        sameOrBothNull(own.entityTypeId, annotations.entityTypeId),
        eq(own.start, annotations.start),
        eq(own.end, annotations.end),
        eq(own.set, "annotator"),
        isNull(own.deletedAt),
      ),
    )
    .where(live("gold"))
    .groupBy(own.documentId, own.authorId);
  const gold = new Map(goldCounts.map((row) => [row.documentId, row.n]));
  const owned = byDocumentAndUser(ownCounts);
  const matched = byDocumentAndUser(matchCounts);
  return submissions.flatMap(({ documentId, userId, submittedAt }) => {
    const goldSpans = gold.get(documentId);
    if (goldSpans === undefined) return [];
    return [{ userId, submittedAt, own: owned.get(documentId)?.get(userId) ?? 0, matched: matched.get(documentId)?.get(userId) ?? 0, gold: goldSpans }];
  });
}

function byDocumentAndUser(rows: readonly { documentId: number; userId: number; n: number }[]): Map<number, Map<number, number>> {
  const counts = new Map<number, Map<number, number>>();
  for (const { documentId, userId, n } of rows) {
    let byUser = counts.get(documentId);
    if (!byUser) counts.set(documentId, (byUser = new Map()));
    byUser.set(userId, n);
  }
  return counts;
}

/** Submissions still needed before every document has `required` of them. */
async function countRemainingSubmissions(db: Db, projectId: number, required: number): Promise<number> {
  const perDocument = db
    .select({ submitted: count(assignments.id).as("submitted") })
    .from(documents)
    .leftJoin(assignments, and(eq(assignments.documentId, documents.id), eq(assignments.status, "submitted")))
    .where(eq(documents.projectId, projectId))
    .groupBy(documents.id)
    .as("per_document");
  // `required` is a validated setting (1–20), written into the statement.
  const wanted = sql.raw(String(Math.trunc(required)));
  const [row] = await db
    .select({ remaining: sql<number>`coalesce(sum(case when ${perDocument.submitted} < ${wanted} then ${wanted} - ${perDocument.submitted} else 0 end), 0)`.mapWith(Number) })
    .from(perDocument);
  return row?.remaining ?? 0;
}
