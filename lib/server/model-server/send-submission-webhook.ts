import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, assignments, claims, documents, entityTypes, users } from "@/db/schema";
import type { ExportSpan } from "@/lib/domain/export/dataset-model";
import { buildSubmissionWebhook } from "@/lib/domain/model-server/model-server-requests";
import { modelServerAddress } from "@/lib/domain/model-server/model-server-url";
import { callModelServer } from "./call-model-server";
import { readModelServer } from "./model-server-view";
import { projectLabelConfig } from "./project-label-config";
import { recordModelServerCall } from "./record-model-server-call";

/**
 * Tells the project's model server, if it has one, that an annotator submitted a document
 * (`POST /webhook`, Label Studio's `ANNOTATION_CREATED`), so that a backend that learns from
 * annotations can. Fire and forget: the promise never rejects, and a failure only shows as the
 * server's status, so a submission never waits for or fails on the model server.
 */
export function sendSubmissionWebhook(options: { documentId: number; userId: number }): Promise<void> {
  return send(options).catch((error: unknown) => {
    console.warn(`model server webhook for document ${options.documentId} failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}

async function send({ documentId, userId }: { documentId: number; userId: number }): Promise<void> {
  const db = getDb();
  const [document] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!document) return;
  const row = await readModelServer(db, document.projectId);
  if (!row) return;
  const [assignment] = await db
    .select({ id: assignments.id, email: users.email })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(and(eq(assignments.documentId, documentId), eq(assignments.userId, userId), eq(assignments.status, "submitted")))
    .limit(1);
  if (!assignment) return;
  const spans = await db
    .select({
      id: annotations.id,
      layer: annotations.layer,
      start: annotations.start,
      end: annotations.end,
      quote: annotations.quote,
      entityType: entityTypes.key,
      claimId: claims.id,
      claimStatement: claims.statement,
      stance: annotations.stance,
      claimantMentionId: annotations.claimantMentionId,
      note: annotations.note,
    })
    .from(annotations)
    .leftJoin(entityTypes, eq(entityTypes.id, annotations.entityTypeId))
    .leftJoin(claims, eq(claims.id, annotations.claimId))
    .where(and(eq(annotations.documentId, documentId), eq(annotations.set, "annotator"), eq(annotations.authorId, userId), isNull(annotations.deletedAt)))
    .orderBy(asc(annotations.start), asc(annotations.id));
  const exportSpans: ExportSpan[] = spans.map(({ claimId, claimStatement, ...span }) => ({
    ...span,
    set: "annotator",
    annotator: assignment.email,
    entity: null,
    claim: claimId === null || claimStatement === null ? null : { id: claimId, statement: claimStatement },
    claimant: null,
    sourceAnnotationIds: null,
  }));
  const body = buildSubmissionWebhook({
    projectId: document.projectId,
    labelConfig: await projectLabelConfig(db, document.projectId),
    document: { ...document, spans: exportSpans, relations: [], documentLabels: [] },
    annotator: assignment.email,
    assignmentId: assignment.id,
  });
  const reply = await callModelServer({ address: modelServerAddress(row.url), timeoutMs: row.timeoutMs, method: "POST", path: "webhook", body });
  // A backend without /webhook (most only predict) is not failing.
  if (!reply.ok && reply.httpStatus !== 404 && reply.httpStatus !== 405) await recordModelServerCall(row, reply);
}
