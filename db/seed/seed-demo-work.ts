import "server-only";
import type { Db } from "@/db/client";
import { createSpan } from "@/lib/server/annotations/create-span";
import { setDocumentLabel } from "@/lib/server/annotations/set-document-label";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import { assignDocument } from "@/lib/server/assignments/assign-document";
import type { Caller } from "@/lib/server/auth/caller";
import { createGoldSpan } from "@/lib/server/review/decide-candidate";
import { finishReview } from "@/lib/server/review/finish-review";
import { getDocumentReview } from "@/lib/server/review/get-document-review";
import { startReview } from "@/lib/server/review/start-review";
import { dateEventsSince, lastEventId } from "./date-demo-history";
import { type DemoLookups, loadDemoLookups } from "./demo-lookups";
import type { DemoAnnotatedArticle, DemoAnnotator, DemoDeviation } from "./demo-work-model";
import { locateQuote } from "./locate-quote";
import type { DemoHistoryPlan, DemoReviewSession } from "./plan-demo-history";

export interface DemoTeam {
  manager: Caller;
  reviewer: Caller;
  annotators: Record<DemoAnnotator, Caller>;
}

/** Something that happened in the demo's history, and the stretch of time it took. */
interface Step {
  from: Date;
  to: Date;
  run: () => Promise<void>;
}

/**
 * Writes the demo annotators' and the reviewer's work through the services a user's clicks call,
 * in the order the plan says it happened, and dates each step's rows to its time in the plan.
 * `documentIds` gives each article file's document.
 */
export async function seedDemoWork(options: {
  db: Db;
  projectId: number;
  team: DemoTeam;
  documentIds: ReadonlyMap<string, number>;
  plan: DemoHistoryPlan;
}): Promise<void> {
  const { db, projectId, team, plan } = options;
  const lookups = await loadDemoLookups(db, projectId);
  const documentOf = (article: DemoAnnotatedArticle) => {
    const id = options.documentIds.get(article.file);
    if (id === undefined) throw new Error(`The demo article ${article.file} was not imported`);
    return id;
  };
  const steps: Step[] = [
    {
      from: plan.assignedAt,
      to: plan.assignedAt,
      run: async () => {
        for (const { article, work } of plan.sessions) {
          const userId = team.annotators[work.annotator].id;
          await assignDocument({ caller: team.manager, projectId, documentId: documentOf(article), userId });
        }
      },
    },
  ];
  for (const session of plan.sessions) {
    const caller = team.annotators[session.work.annotator];
    const documentId = documentOf(session.article);
    const deviation = session.work.deviation ?? {};
    steps.push({
      from: session.startedAt,
      to: session.lastEditAt,
      run: () => annotate({ caller, documentId, article: session.article, deviation, lookups }),
    });
    const { submittedAt } = session;
    if (submittedAt) steps.push({ from: submittedAt, to: submittedAt, run: async () => void (await submitDocument({ caller, documentId })) });
  }
  for (const review of plan.reviews) {
    const documentId = documentOf(review.article);
    const preferredId = team.annotators[review.article.review.prefer].id;
    steps.push({ from: review.startedAt, to: review.finishedAt, run: () => adjudicate(team.reviewer, documentId, review, preferredId) });
  }
  steps.sort((a, b) => a.from.getTime() - b.from.getTime());
  // One transaction: the services' own transactions join it, so the work lands whole and with one commit.
  await db.transaction(async (tx) => {
    for (const step of steps) {
      const mark = await lastEventId(tx);
      await step.run();
      await dateEventsSince(tx, mark, step.from, step.to);
    }
  });
}

/** An annotator marks the article's reading, as they differ from it: mentions first, then claims and document stances. */
async function annotate(options: {
  caller: Caller;
  documentId: number;
  article: DemoAnnotatedArticle;
  deviation: DemoDeviation;
  lookups: DemoLookups;
}): Promise<void> {
  const { caller, documentId, article, deviation, lookups } = options;
  const { text } = await lookups.document(documentId);
  const { mentions, claims, labels } = article.reading;
  const skipped = new Set(deviation.skip ?? []);
  const unlinked = new Set(deviation.unlinked ?? []);
  const mentionIds = new Map<string, number>();
  for (const mention of mentions) {
    if (skipped.has(mention.quote)) continue;
    const entityId = mention.entity === undefined || unlinked.has(mention.quote) ? null : lookups.entityId(mention.entity);
    const span = await createSpan({
      caller,
      documentId,
      span: { layer: "entity", ...locateQuote(text, mention.quote, mention.occurrence), entityTypeId: lookups.entityTypeId(mention.type), entityId },
    });
    if (!mentionIds.has(mention.quote)) mentionIds.set(mention.quote, span.id);
  }
  for (const claim of claims) {
    if (claim.claimant !== undefined && !mentions.some((m) => m.quote === claim.claimant)) {
      throw new Error(`${article.file}: the claimant "${claim.claimant}" is not a mention of the reading`);
    }
    if (skipped.has(claim.quote)) continue;
    const bounds = deviation.bounds?.[claim.quote];
    const position = bounds === undefined ? locateQuote(text, claim.quote, claim.occurrence) : locateQuote(text, bounds);
    await createSpan({
      caller,
      documentId,
      span: {
        layer: "claim",
        ...position,
        claimId: lookups.claimId(deviation.claims?.[claim.quote] ?? claim.claim),
        stance: deviation.stances?.[claim.quote] ?? claim.stance,
        claimantMentionId: claim.claimant === undefined ? null : (mentionIds.get(claim.claimant) ?? null),
        claimantEntityId: claim.claimantEntity === undefined ? null : lookups.entityId(claim.claimantEntity),
      },
    });
  }
  const chosen = { ...labels, ...deviation.labels };
  for (const key of lookups.claimKeys) {
    const stance = chosen[key];
    if (stance !== undefined) await setDocumentLabel({ caller, documentId, claimId: lookups.claimId(key), stance });
  }
}

/**
 * The reviewer opens the review (agreed spans start accepted), accepts the preferred annotator's
 * version of every other candidate, mentions before claims so that claims keep their claimant,
 * and finishes; a review still in progress has only its mentions decided.
 */
async function adjudicate(reviewer: Caller, documentId: number, session: DemoReviewSession, preferredId: number): Promise<void> {
  const { status } = session.article.review;
  await startReview({ caller: reviewer, documentId, force: true });
  const layers = status === "adjudicated" ? (["entity", "claim"] as const) : (["entity"] as const);
  for (const layer of layers) {
    // Candidates of a layer never overlap: accepting one settles no other, so one reading serves the layer.
    const { candidates } = await getDocumentReview({ caller: reviewer, documentId });
    for (const candidate of candidates.filter((c) => c.layer === layer && c.decision.kind === "pending")) {
      const version = candidate.versions.find((v) => v.holders.some((h) => h.annotatorId === preferredId)) ?? candidate.versions[0];
      if (!version) throw new Error(`Candidate ${candidate.key} has no version`);
      await createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: version.spanId } });
    }
  }
  if (status === "adjudicated") await finishReview({ caller: reviewer, documentId });
}
