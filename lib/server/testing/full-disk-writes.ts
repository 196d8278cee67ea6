import { count, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { annotations, documents, events } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { createSpan } from "@/lib/server/annotations/create-span";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { errorResponse } from "@/lib/server/http/error-response";

/** What a client is told when the database's disk refuses a write. */
export const storageFullAnswer = {
  status: 507,
  body: { error: { code: "storage_full", message: "The database's disk is full, so nothing was saved; writes work again once space is freed" } },
};

export interface FullDiskProject {
  projectId: number;
  documentId: number;
  personTypeId: number;
  annotator: Caller;
  manager: Caller;
}

const tokajew = { start: 10, end: 17, quote: "Tokajew" };
export const fullDiskText = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";

/** The answer a route gives for a service's failure. */
async function answerOf(error: unknown): Promise<{ status: number; body: unknown }> {
  const response = errorResponse(error);
  return { status: response.status, body: await response.json() };
}

export function saveSpan(project: FullDiskProject, note: string) {
  return createSpan({ caller: project.annotator, documentId: project.documentId, span: { layer: "entity", ...tokajew, entityTypeId: project.personTypeId, note } });
}

/** 4,000 letters that no engine compresses (PostgreSQL would shrink a repeated one to nothing). */
function incompressibleNote(seed: number): string {
  let state = seed + 1;
  return Array.from({ length: 4000 }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String.fromCharCode(97 + (state % 26));
  }).join("");
}

/** Saves spans with long notes until the disk refuses one: the ids acknowledged, and the refusal's answer. */
export async function saveSpansUntilRefused(project: FullDiskProject, most = 5000): Promise<{ acknowledged: number[]; refusal: { status: number; body: unknown } | null }> {
  const acknowledged: number[] = [];
  for (let attempt = 0; attempt < most; attempt++) {
    try {
      acknowledged.push((await saveSpan(project, incompressibleNote(attempt))).id);
    } catch (error) {
      return { acknowledged, refusal: await answerOf(error) };
    }
  }
  return { acknowledged, refusal: null };
}

/** Imports `articles` long articles in one request; the answer a route gives. */
export async function importArticles(project: FullDiskProject, articles: number): Promise<{ status: number; body: unknown }> {
  const texts = Array.from({ length: articles }, (_, i) => `Artykuł ${i}: Kazachstan popiera sankcje. ${incompressibleNote(10_000 + i)}`);
  try {
    const report = await importDocuments({ caller: project.manager, projectId: project.projectId, documents: texts.map((text, i) => ({ title: `Filler ${i}`, text })) });
    return { status: 200, body: report };
  } catch (error) {
    return answerOf(error);
  }
}

/** The ids of the document's spans, and of the spans the audit log saw created, in order. */
export async function storedSpanIds(db: Db, project: FullDiskProject): Promise<{ spans: number[]; created: number[] }> {
  const spans = await db.select({ id: annotations.id }).from(annotations).where(eq(annotations.documentId, project.documentId));
  const created = await db.select({ id: events.subjectId }).from(events).where(eq(events.action, "annotation.create"));
  const ascending = (ids: number[]) => ids.sort((a, b) => a - b);
  return { spans: ascending(spans.map((row) => row.id)), created: ascending(created.map((row) => row.id ?? 0)) };
}

export async function documentCount(db: Db, projectId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId));
  return row?.n ?? 0;
}

/**
 * Saves spans until the disk refuses one, then checks what a full disk must answer and keep: the
 * refusal is 507, an import of `articles` fails whole, reads go on, and every acknowledged span is
 * stored with its audit event, nothing else. The acknowledged ids and the documents counted then.
 */
export async function fillDiskAndCheckRefusals(
  db: Db,
  project: FullDiskProject,
  options: { articles: number; mostSpans?: number },
): Promise<{ acknowledged: number[]; documentsBefore: number }> {
  const { acknowledged, refusal } = await saveSpansUntilRefused(project, options.mostSpans);
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(refusal).toEqual(storageFullAnswer);
  const documentsBefore = await documentCount(db, project.projectId);
  expect(await importArticles(project, options.articles)).toEqual(storageFullAnswer);
  expect(await documentCount(db, project.projectId)).toBe(documentsBefore);
  const listed = await listAnnotations({ caller: project.annotator, documentId: project.documentId });
  expect(listed.spans.map((span) => span.id).sort((a, b) => a - b)).toEqual(acknowledged);
  expect(await storedSpanIds(db, project)).toEqual({ spans: acknowledged, created: acknowledged });
  return { acknowledged, documentsBefore };
}

/** Once space is back: a span and a whole import of `articles` are written. The new span's id. */
export async function writeAgainOnceSpaceIsBack(db: Db, project: FullDiskProject, documentsBefore: number, articles: number): Promise<number> {
  const span = await saveSpan(project, "written once space is back");
  expect((await importArticles(project, articles)).status).toBe(200);
  expect(await documentCount(db, project.projectId)).toBe(documentsBefore + articles);
  return span.id;
}
