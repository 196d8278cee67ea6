import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, assignments, catalogEntities, claims, documentLabels, documentReviews, documents, entityTypes, events } from "@/db/schema";
import { sourceSiteOf } from "@/lib/domain/insights/source-site";
import { insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";
import { updateProject } from "@/lib/server/projects/update-project";
import { insertTestUser } from "@/lib/server/testing/test-database";

const articleText = "Tokayev said the sanctions work. Putin said talks failed. Kremlin sources agree, say kremlin  Sources.";

type SpanValues = Omit<typeof annotations.$inferInsert, "projectId" | "documentId" | "authorId" | "start" | "end" | "quote">;
type SpanOptions = Partial<SpanValues>;

/**
 * The Insights world: six articles dated in every way a publishedAt can be (a day, a month only, a
 * year only, none, a date-time with an offset), two claims, Tokayev and Putin in the catalog, two
 * annotators' submitted work, a third annotator's unfinished work, and gold on two articles. The
 * expected figures of each view are worked out by hand in the tests.
 */
export async function setUpInsightsWorld(db: Db) {
  const admin = await insertTestUser(db, { isAdmin: true });
  const projectId = (await createProject({ caller: admin, name: "Insights" })).id;
  const [alice, bob, carol] = [
    await insertTestMember(db, projectId, "annotator"),
    await insertTestMember(db, projectId, "annotator"),
    await insertTestMember(db, projectId, "annotator"),
  ];
  const reviewer = await insertTestMember(db, projectId, "reviewer");
  const manager = await insertTestMember(db, projectId, "manager");
  const stranger = await insertTestUser(db);
  const person = firstRow(await db.insert(entityTypes).values({ projectId, key: "PER", name: "Person", color: "#2563eb" }).returning(), "type");
  const claim = async (statement: string) => firstRow(await db.insert(claims).values({ projectId, statement }).returning(), "claim").id;
  const sanctions = await claim("The sanctions work");
  const talks = await claim("Talks failed");
  const entity = async (name: string) =>
    firstRow(await db.insert(catalogEntities).values({ projectId, entityTypeId: person.id, name }).returning(), "entity").id;
  const tokayev = await entity("Tokayev");
  const putin = await entity("Putin");

  let count = 0;
  const addDocument = async (title: string, values: { publishedAt: string | null; language: string; sourceUrl: string | null }) => {
    const text = `${articleText} #${++count}`;
    const contentHash = createHash("sha256").update(text, "utf8").digest("hex");
    const sourceSite = sourceSiteOf(values.sourceUrl);
    const rows = await db.insert(documents).values({ projectId, title, text, chars: text.length, metadata: {}, contentHash, sourceSite, ...values }).returning();
    return firstRow(rows, "document").id;
  };
  const d1 = await addDocument("Day", { publishedAt: "2022-10-05", language: "de", sourceUrl: "https://www.spiegel.de/politik/1" });
  const d2 = await addDocument("Month only", { publishedAt: "2022-10", language: "pl", sourceUrl: "https://wyborcza.pl/7,75399" });
  const d3 = await addDocument("Year only", { publishedAt: "2022", language: "de", sourceUrl: null });
  const d4 = await addDocument("Undated", { publishedAt: null, language: "zh", sourceUrl: "not a url" });
  const d5 = await addDocument("New year", { publishedAt: "2023-01-01", language: "de", sourceUrl: "https://spiegel.de/2" });
  const d6 = await addDocument("Evening", { publishedAt: "2022-12-31T23:30:00-05:00", language: "en", sourceUrl: "http://www.bbc.co.uk/news" });

  /** A span over the first occurrence of `quote` in the article text. */
  const span = async (documentId: number, author: Caller, quote: string, values: SpanValues) => {
    const start = articleText.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the article`);
    const rows = await db
      .insert(annotations)
      .values({ projectId, documentId, authorId: author.id, start, end: start + quote.length, quote, ...values })
      .returning();
    return firstRow(rows, "span").id;
  };
  const claimSpan = (documentId: number, author: Caller, quote: string, claimId: number, stance: string, values: SpanOptions = {}) =>
    span(documentId, author, quote, { set: "annotator", layer: "claim", claimId, stance, ...values });
  const mention = (documentId: number, author: Caller, quote: string, entityId: number | null, set: "annotator" | "gold" = "annotator") =>
    span(documentId, author, quote, { set, layer: "entity", entityTypeId: person.id, entityId });
  const label = (documentId: number, author: Caller, claimId: number, stance: string, set: "annotator" | "gold" = "annotator") =>
    db.insert(documentLabels).values({ projectId, documentId, authorId: author.id, set, claimId, stance });
  const at = (iso: string) => new Date(iso);
  /** An assignment with its audit events: `started` by the annotator's first work, `submitted` (or not yet). */
  const assignment = async (documentId: number, user: Caller, timeline: { created?: string; started?: string; submitted?: string }) => {
    const row = firstRow(
      await db
        .insert(assignments)
        .values({ documentId, userId: user.id, status: timeline.submitted ? "submitted" : "in_progress", submittedAt: timeline.submitted ? at(timeline.submitted) : null })
        .returning(),
      "assignment",
    );
    const event = (action: string, when: string) =>
      db.insert(events).values({ at: at(when), actorId: user.id, projectId, action, subjectType: "assignment", subjectId: row.id });
    if (timeline.created) await event("assignment.create", timeline.created);
    if (timeline.started) await event("assignment.start", timeline.started);
    if (timeline.submitted) await event("assignment.submit", timeline.submitted);
  };

  // D1, a day: both annotators, Carol still at work, and gold.
  const s1 = await claimSpan(d1, alice, "the sanctions work", sanctions, "favor", { claimantEntityId: tokayev });
  const putinMention = await mention(d1, alice, "Putin", putin);
  const s2 = await claimSpan(d1, alice, "talks failed", talks, "against", { claimantMentionId: putinMention });
  const s3 = await claimSpan(d1, bob, "sanctions work", sanctions, "against", { claimantEntityId: tokayev });
  const kremlin = await mention(d1, bob, "Kremlin sources", null);
  const s4 = await claimSpan(d1, bob, "talks failed", talks, "favor", { claimantMentionId: kremlin });
  await claimSpan(d1, carol, "the sanctions work", sanctions, "neutral", { claimantEntityId: tokayev });
  const g1 = await claimSpan(d1, reviewer, "the sanctions work", sanctions, "favor", { set: "gold", claimantEntityId: tokayev });
  await db.insert(documentReviews).values({ documentId: d1, status: "adjudicated", reviewerId: reviewer.id });
  await label(d1, alice, sanctions, "favor");
  await label(d1, bob, sanctions, "against");
  await label(d1, carol, sanctions, "neutral");
  await label(d1, reviewer, sanctions, "favor", "gold");
  // D2, a month only: Kremlin sources spelled otherwise, and a deleted span.
  const kremlinAgain = await mention(d2, alice, "kremlin  Sources", null);
  const s6 = await claimSpan(d2, alice, "the sanctions work", sanctions, "favor", { claimantMentionId: kremlinAgain });
  await claimSpan(d2, alice, "talks failed", sanctions, "favor", { deletedAt: new Date() });
  await label(d2, alice, sanctions, "favor");
  // D3, a year only: a claim without claimant. D4, undated. D5, a new year's day in 2022's last ISO week.
  const s7 = await claimSpan(d3, bob, "the sanctions work", sanctions, "neutral");
  const s8 = await claimSpan(d4, alice, "talks failed", talks, "unclear", { claimantEntityId: tokayev });
  const s9 = await claimSpan(d5, bob, "the sanctions work", sanctions, "against", { claimantEntityId: putin });
  await label(d5, bob, sanctions, "against");
  // D6, 23:30 at UTC−5 on New Year's Eve: still 2022-12-31. Gold only, claimant through a linked mention.
  const goldTokayev = await mention(d6, reviewer, "Tokayev", tokayev, "gold");
  const g2 = await claimSpan(d6, reviewer, "talks failed", talks, "favor", { set: "gold", claimantMentionId: goldTokayev });
  await label(d6, reviewer, talks, "favor", "gold");

  // Alice: 600 s and 900 s (from her first edit, not from being handed the document), one untimed.
  await assignment(d1, alice, { created: "2026-11-30T10:00:00Z", submitted: "2026-11-30T10:10:00Z" });
  await assignment(d2, alice, { created: "2026-11-30T11:00:00Z", started: "2026-11-30T11:05:00Z", submitted: "2026-11-30T11:20:00Z" });
  await assignment(d4, alice, { submitted: "2026-12-02T09:00:00Z" });
  // Bob: 1800 s and 300 s, one untimed; D5 in the next ISO week.
  await assignment(d1, bob, { created: "2026-12-01T08:00:00Z", submitted: "2026-12-01T08:30:00Z" });
  await assignment(d3, bob, { submitted: "2026-12-01T15:00:00Z" });
  await assignment(d5, bob, { started: "2026-12-07T12:00:00Z", submitted: "2026-12-07T12:05:00Z" });
  await assignment(d1, carol, { created: "2026-12-01T09:00:00Z" });

  const setInsightsForAnnotators = (on: boolean) => updateProject({ caller: admin, projectId, patch: { settings: { insightsForAnnotators: on } } });
  return {
    projectId,
    admin,
    alice,
    bob,
    carol,
    reviewer,
    manager,
    stranger,
    claims: { sanctions, talks },
    entities: { tokayev, putin },
    documents: { d1, d2, d3, d4, d5, d6 },
    spans: { s1, s2, s3, s4, s6, s7, s8, s9, g1, g2 },
    setInsightsForAnnotators,
  };
}

export type InsightsWorld = Awaited<ReturnType<typeof setUpInsightsWorld>>;
