import "server-only";
import { asc, eq, gt, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documentReviews, events } from "@/db/schema";

/** The newest audit event's id, 0 when there is none: the mark a step of the demo's history starts after. */
export async function lastEventId(db: Db): Promise<number> {
  const [row] = await db.select({ id: max(events.id) }).from(events);
  return row?.id ?? 0;
}

/**
 * The services stamp what they write with the present; the demo's work happened over the past
 * weeks. Spreads the events logged after `afterEventId` evenly over [from, to] and gives the rows
 * they created or changed the same time, so that the audit log, the assignments and the spans
 * tell one story.
 */
export async function dateEventsSince(db: Db, afterEventId: number, from: Date, to: Date): Promise<void> {
  const logged = await db
    .select({ id: events.id, action: events.action, subjectType: events.subjectType, subjectId: events.subjectId })
    .from(events)
    .where(gt(events.id, afterEventId))
    .orderBy(asc(events.id));
  const step = logged.length > 1 ? (to.getTime() - from.getTime()) / (logged.length - 1) : 0;
  for (const [index, event] of logged.entries()) {
    const at = new Date(from.getTime() + Math.round(index * step));
    await db.update(events).set({ at }).where(eq(events.id, event.id));
    if (event.subjectId !== null) await dateSubject(db, { ...event, subjectId: event.subjectId }, at);
  }
}

async function dateSubject(db: Db, event: { action: string; subjectType: string; subjectId: number }, at: Date): Promise<void> {
  const { action, subjectType, subjectId } = event;
  if (subjectType === "annotation") {
    await db.update(annotations).set({ createdAt: at, updatedAt: at }).where(eq(annotations.id, subjectId));
  } else if (subjectType === "document_label") {
    await db.update(documentLabels).set({ createdAt: at, updatedAt: at }).where(eq(documentLabels.id, subjectId));
  } else if (subjectType === "assignment") {
    const created = action === "assignment.assign" || action === "assignment.create";
    const submitted = action === "assignment.submit";
    await db
      .update(assignments)
      .set({ updatedAt: at, ...(created ? { createdAt: at } : {}), ...(submitted ? { submittedAt: at } : {}) })
      .where(eq(assignments.id, subjectId));
  } else if (subjectType === "document") {
    await db.update(documentReviews).set({ updatedAt: at }).where(eq(documentReviews.documentId, subjectId));
  }
}
