import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, documentLabels, documentReviews, documents, events, users } from "@/db/schema";
import { sliceCodePoints } from "@/lib/domain/text/code-points";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { isDatabaseEmpty, seedDemoWorkspace } from "./seed-demo-workspace";

const now = new Date("2026-03-16T12:00:00Z");
let db: Db;
let projectId: number;

// pg warns (a DeprecationWarning, once per process) when a query is sent on a connection still
// busy with another one: work running beside a transaction on the transaction's connection.
const busyConnectionWarnings: string[] = [];
const onWarning = (warning: Error) => {
  if (warning.message.includes("already executing a query")) busyConnectionWarnings.push(warning.message);
};

beforeAll(async () => {
  process.on("warning", onWarning);
  db = await useTestDatabase();
  expect(await isDatabaseEmpty(db)).toBe(true);
  ({ projectId } = await seedDemoWorkspace(db, { now }));
}, 60_000);
afterAll(() => void process.off("warning", onWarning));

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

describe("the demo workspace", () => {
  it("holds the five sample articles and the short annotated ones, in six languages over 2022 and 2023", async () => {
    const rows = await db.select().from(documents).where(eq(documents.projectId, projectId));
    expect(rows).toHaveLength(25);
    expect(new Set(rows.map((d) => d.language))).toEqual(new Set(["de", "en", "fr", "pl", "ru", "zh"]));
    const months = new Set(rows.flatMap((d) => (d.publishedAt && d.publishedAt.length >= 7 ? [d.publishedAt.slice(0, 7)] : [])));
    expect(months.size).toBe(18);
    expect([...months].filter((m) => m.startsWith("2022"))).toHaveLength(8);
    const annotated = rows.filter((d) => d.sourceUrl?.includes(".example/"));
    expect(annotated).toHaveLength(20);
    expect(annotated.filter((d) => d.publishedAt === null).map((d) => d.title)).toEqual([
      "Analysis: Kazakhstan's balancing act",
      "Brève : Astana rassure ses partenaires",
    ]);
    expect(annotated.find((d) => d.publishedAt === "2023")?.title).toBe("Kommentar: Astana spielt auf Zeit");
    expect(new Set(annotated.map((d) => new URL(d.sourceUrl ?? "").hostname.replace(/^www\./, ""))).size).toBe(12);
  });

  it("stores every span with a quote that is the text between its code-point offsets", async () => {
    const texts = new Map((await db.select({ id: documents.id, text: documents.text }).from(documents)).map((d) => [d.id, d.text]));
    const spans = await db.select().from(annotations);
    expect(spans).toHaveLength(374);
    for (const span of spans) expect(sliceCodePoints(texts.get(span.documentId) ?? "", span.start, span.end)).toBe(span.quote);
  });

  it("has both annotators' submitted sets: claims with claim, stance and claimant, linked and unlinked mentions, document stances", async () => {
    const people = await db.select({ id: users.id, email: users.email }).from(users);
    const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? 0;
    const submitted = await db.select().from(assignments).where(eq(assignments.status, "submitted"));
    expect(submitted.filter((a) => a.userId === idOf("alice@example.com"))).toHaveLength(18);
    expect(submitted.filter((a) => a.userId === idOf("bob@example.com"))).toHaveLength(17);
    const claimSpans = await db.select().from(annotations).where(and(eq(annotations.set, "annotator"), eq(annotations.layer, "claim")));
    expect(claimSpans).toHaveLength(92);
    expect(claimSpans.every((s) => s.claimId !== null && s.stance !== null)).toBe(true);
    expect(new Set(claimSpans.map((s) => s.claimId)).size).toBe(7);
    const mentions = new Map(
      (await db.select().from(annotations).where(eq(annotations.layer, "entity"))).map((m) => [m.id, m]),
    );
    const claimants = claimSpans.flatMap((s) => (s.claimantMentionId === null ? [] : [mentions.get(s.claimantMentionId)]));
    expect(claimants.filter((m) => m?.entityId !== null)).toHaveLength(21);
    expect(claimants.filter((m) => m?.entityId === null)).toHaveLength(52);
    expect(claimSpans.filter((s) => s.claimantEntityId !== null)).toHaveLength(2);
    const labels = await db.select().from(documentLabels).where(eq(documentLabels.set, "annotator"));
    expect(labels).toHaveLength(45);
  });

  it("has a gold set: twelve adjudicated articles and two in review", async () => {
    const reviews = await db.select().from(documentReviews);
    expect(reviews.filter((r) => r.status === "adjudicated")).toHaveLength(12);
    expect(reviews.filter((r) => r.status === "in_review")).toHaveLength(2);
    const gold = await db.select().from(annotations).where(eq(annotations.set, "gold"));
    expect(new Set(gold.map((g) => g.documentId)).size).toBe(14);
    expect(gold.filter((g) => g.layer === "claim")).toHaveLength(37);
    expect(gold.every((g) => (g.sourceAnnotationIds ?? []).length > 0)).toBe(true);
  });

  it("dates the team's work over the two weeks before the seed ran, each sitting from its start to its submission", async () => {
    const logged = await db
      .select()
      .from(events)
      .where(inArray(events.action, ["assignment.start", "assignment.submit", "document.adjudicate"]));
    expect(logged.every((e) => e.at < now && e.at >= new Date("2026-03-02T00:00:00Z"))).toBe(true);
    const submitDays = new Set(logged.filter((e) => e.action === "assignment.submit").map((e) => utcDay(e.at)));
    expect(submitDays.size).toBe(11);
    const started = new Map(logged.filter((e) => e.action === "assignment.start").map((e) => [e.subjectId, e.at.getTime()]));
    const minutes = logged
      .filter((e) => e.action === "assignment.submit")
      .map((e) => (e.at.getTime() - (started.get(e.subjectId) ?? 0)) / 60_000);
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(40);
    const submissions = await db.select().from(assignments).where(eq(assignments.status, "submitted"));
    expect(submissions.every((a) => a.submittedAt !== null && a.submittedAt < now && a.createdAt < a.submittedAt)).toBe(true);
  });

  it("is written one statement at a time on each connection, the submissions' background work only after the commit", () => {
    expect(busyConnectionWarnings).toEqual([]);
  });

  it("runs only on an empty database", async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
  });
});
