/**
 * What the crash-recovery spec works with: its own database and app server (restartable after a
 * kill), a project of its own, API tokens, and clients that write spans over the HTTP API.
 */
import { randomBytes } from "node:crypto";
import { type APIRequest, type APIRequestContext, expect } from "@playwright/test";
import type { SpanWriter, WrittenSpan } from "../../scripts/testing/claim-writer";
import type { SpanEvent, StoredSpan } from "../../scripts/testing/span-write-ledger";
import { type AppProcess, setUpDatabase, startApp } from "./app-process";
import { type CrashDatabase, type CrashEngine, createCrashDatabase } from "./crash-database";
import { json } from "./review-project";
import { signInApi } from "./sign-in";
import { demoUsers } from "./users";

export interface CrashableApp {
  db: CrashDatabase;
  app: AppProcess;
  /** A new server on the same database and port, after the last one was killed. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** A fresh database seeded with the demo workspace, and a server on it at `port`. */
export async function startCrashableApp(engine: CrashEngine, port: number): Promise<CrashableApp> {
  const db = await createCrashDatabase(engine);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    CLAIMDESK_DEMO: "1",
    CLAIMDESK_MAX_UPLOAD_MB: "50",
  };
  try {
    await setUpDatabase(env);
    const crashable: CrashableApp = {
      db,
      app: await startApp(port, env),
      restart: async () => {
        crashable.app = await startApp(port, env);
      },
      dispose: async () => {
        await crashable.app.stop();
        await db.dispose();
      },
    };
    return crashable;
  } catch (error) {
    await db.dispose();
    throw error;
  }
}

/** A new project made by `admin`, with Alice and Bob as annotators, the PER type, two stances and a claim. */
export async function createCrashProject(admin: APIRequestContext): Promise<{ projectId: number; personTypeId: number; claimId: number }> {
  const project = await json<{ id: number }>(await admin.post("/api/projects", { data: { name: `Crash recovery ${Date.now()}` } }), 201);
  const projectId = project.id;
  for (const email of [demoUsers.alice, demoUsers.bob]) {
    await json(await admin.post(`/api/projects/${projectId}/members`, { data: { email, roles: ["annotator"] } }), 201);
  }
  const schema = await json<{ entityTypes: { id: number }[] }>(
    await admin.put(`/api/projects/${projectId}/schema`, {
      data: {
        entityTypes: [{ key: "PER", name: "Person", color: "#2563eb", hotkey: null }],
        stanceLabels: [
          { key: "favor", name: "Favor", color: "#16a34a", hotkey: null },
          { key: "against", name: "Against", color: "#dc2626", hotkey: null },
        ],
        relationTypes: [],
      },
    }),
    200,
  );
  const claim = await json<{ id: number }>(await admin.post(`/api/projects/${projectId}/claims`, { data: { statement: "Kazakhstan supports the sanctions" } }), 201);
  return { projectId, personTypeId: schema.entityTypes[0]!.id, claimId: claim.id };
}

/** A context signed in as `email` with a session. */
export async function signedInContext(playwright: { request: APIRequest }, baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwright.request.newContext({ baseURL });
  expect(await signInApi(context, email)).toBe(200);
  return context;
}

/** A new API token of the signed-in user. */
export async function createToken(session: APIRequestContext): Promise<string> {
  return (await json<{ token: string }>(await session.post("/api/tokens", { data: { name: "crash recovery" } }), 201)).token;
}

/** An answer the server gave that was not a success: unlike a lost connection, never expected here. */
export class RefusedWrite extends Error {}

async function answered<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  if (!response.ok()) throw new RefusedWrite(`${response.status()} ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

const sentence = "President Tokayev said: Kazakhstan supports the sanctions.";
const tokayev = { start: 10, end: 17, quote: "Tokayev" };
const sanctions = { start: 24, end: 57, quote: "Kazakhstan supports the sanctions" };

/** The text of the n-th client's document: the sentence its spans mark, then filler. */
export const clientText = (n: number) => `${sentence}\n\nArticle ${n} of the crash-recovery run.`;

/** A client writing the spans of its own document over the API, with its own token. */
export function httpSpanWriter(api: APIRequestContext, documentId: number, ids: { personTypeId: number; claimId: number }): SpanWriter {
  return {
    createMention: async () =>
      answered<WrittenSpan>(await api.post(`/api/documents/${documentId}/annotations`, { data: { layer: "entity", ...tokayev, entityTypeId: ids.personTypeId } })),
    createClaim: async ({ claimantMentionId, stance }) =>
      answered<WrittenSpan>(
        await api.post(`/api/documents/${documentId}/annotations`, {
          data: { layer: "claim", ...sanctions, claimId: ids.claimId, stance, claimantMentionId },
        }),
      ),
    setStance: async (span, stance) => answered<WrittenSpan>(await api.patch(`/api/annotations/${span.id}`, { data: { version: span.version, stance } })),
    deleteSpan: async (span) => answered<void>(await api.delete(`/api/annotations/${span.id}?version=${span.version}`)),
  };
}

interface SpanRow {
  id: number;
  document_id: number;
  layer: "claim" | "entity";
  version: number;
  stance: string | null;
  claimant_mention_id: number | null;
  deleted_at: unknown;
}

/** Every annotator span of the project as stored, by document. */
export async function storedSpans(db: CrashDatabase, projectId: number): Promise<Map<number, StoredSpan[]>> {
  const rows = await db.rows<SpanRow>(
    `SELECT id, document_id, layer, version, stance, claimant_mention_id, deleted_at FROM annotations WHERE project_id = ? AND "set" = 'annotator'`,
    projectId,
  );
  const byDocument = new Map<number, StoredSpan[]>();
  for (const row of rows) {
    const span = { id: row.id, layer: row.layer, version: row.version, stance: row.stance, claimantMentionId: row.claimant_mention_id, deleted: row.deleted_at !== null };
    byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), span]);
  }
  return byDocument;
}

/** The project's `annotation.*` audit events. */
export async function spanEvents(db: CrashDatabase, projectId: number): Promise<SpanEvent[]> {
  const rows = await db.rows<{ action: string; subject_id: number | null; after: unknown }>(
    "SELECT action, subject_id, after FROM events WHERE project_id = ? AND subject_type = 'annotation'",
    projectId,
  );
  return rows.map((row) => {
    // jsonb arrives parsed from PostgreSQL, as text from SQLite.
    const after = (typeof row.after === "string" ? JSON.parse(row.after) : row.after) as { unlinkedClaimantOf?: number[] } | null;
    return { action: row.action, subjectId: row.subject_id, unlinkedClaimantOf: after?.unlinkedClaimantOf ?? [] };
  });
}
