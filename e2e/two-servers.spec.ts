import { expect, test } from "@playwright/test";
import { postgresServerA, postgresServerB } from "./support/postgres-servers";
import { json } from "./support/review-project";
import { signInApi, signInWithForm } from "./support/sign-in";
import { alternate, createTwoServerProject, importTexts, signedInOnA } from "./support/two-servers";
import { demoUsers } from "./support/users";
import { demoProjectId, importText, type SavedSpan, WorkspacePage } from "./support/workspace-page";

// Two `next start` processes on one PostgreSQL database (the "postgres" project) behave as one app.
test.describe("two servers on one PostgreSQL database", () => {
  test("a session made on A is valid on B", async ({ playwright }) => {
    const alice = await signedInOnA(playwright, demoUsers.alice);
    const session = await json<{ user?: { email?: string } }>(await alice.b.get("/api/auth/session"), 200);
    expect(session.user?.email).toBe(demoUsers.alice);
    await json(await alice.b.get("/api/projects"), 200);
    await alice.dispose();
  });

  test("an API token made on A works on B", async ({ playwright }) => {
    const alice = await signedInOnA(playwright, demoUsers.alice);
    const { token } = await json<{ token: string }>(await alice.a.post("/api/tokens", { data: { name: `two servers ${Date.now()}` } }), 201);
    const script = await playwright.request.newContext({ baseURL: postgresServerB, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    await json(await script.get("/api/projects"), 200);
    await Promise.all([script.dispose(), alice.dispose()]);
  });

  test("five failed sign-ins split across A and B lock the account on both", async ({ playwright }) => {
    const admin = await signedInOnA(playwright, demoUsers.admin);
    const email = `throttled-${Date.now()}@example.com`;
    const password = "the-right-password";
    await json(await admin.a.post("/api/users", { data: { email, name: "Throttled", password } }), 201);
    const servers = {
      a: await playwright.request.newContext({ baseURL: postgresServerA }),
      b: await playwright.request.newContext({ baseURL: postgresServerB }),
    };
    // A new address for every attempt, so that only the account's count can block.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const headers = { "x-forwarded-for": `192.0.2.${attempt}` };
      expect(await signInApi(alternate(servers, attempt), email, "a-wrong-password", headers)).toBe(401);
    }
    expect(await signInApi(servers.a, email, password, { "x-forwarded-for": "192.0.2.10" })).toBe(429);
    expect(await signInApi(servers.b, email, password, { "x-forwarded-for": "192.0.2.11" })).toBe(429);
    await Promise.all([servers.a.dispose(), servers.b.dispose(), admin.dispose()]);
  });

  test("an edit through B of a version already edited through A gets 409", async ({ playwright }) => {
    const admin = await signedInOnA(playwright, demoUsers.admin);
    const { projectId, personTypeId } = await createTwoServerProject(admin.a, { name: "Stale edits", annotators: [demoUsers.alice] });
    const [documentId] = await importTexts(admin.a, projectId, [`President Tokayev spoke in Astana. (${Date.now()})`]);
    const alice = await signedInOnA(playwright, demoUsers.alice);
    const span = { layer: "entity", start: 10, end: 17, quote: "Tokayev", entityTypeId: personTypeId };
    const created = await json<SavedSpan>(await alice.a.post(`/api/documents/${documentId}/annotations`, { data: span }), 201);
    const edited = await json<SavedSpan>(await alice.a.patch(`/api/annotations/${created.id}`, { data: { version: created.version, note: "via A" } }), 200);
    expect(edited.version).toBeGreaterThan(created.version);
    const stale = await alice.b.patch(`/api/annotations/${created.id}`, { data: { version: created.version, note: "via B" } });
    expect(stale.status(), await stale.text()).toBe(409);
    const { spans } = await json<{ spans: SavedSpan[] }>(await alice.b.get(`/api/documents/${documentId}/annotations`), 200);
    expect(spans).toEqual([expect.objectContaining({ id: created.id, note: "via A", version: edited.version })]);
    await Promise.all([admin.dispose(), alice.dispose()]);
  });

  test("30 annotators pressing Next document at once on both servers never exceed the overlap", async ({ playwright }) => {
    test.setTimeout(180_000);
    const overlap = 3;
    const stamp = Date.now();
    const admin = await signedInOnA(playwright, demoUsers.admin);
    const password = "queue-annotator-password";
    const emails = Array.from({ length: 30 }, (_, i) => `queue-${stamp}-${i}@example.com`);
    await Promise.all(
      emails.map(async (email, i) => json(await alternate(admin, i).post("/api/users", { data: { email, name: `Annotator ${i}`, password } }), 201)),
    );
    const { projectId } = await createTwoServerProject(admin.a, { name: "Queue race", annotators: emails, settings: { annotatorsPerDocument: overlap } });
    const documentIds = await importTexts(admin.a, projectId, Array.from({ length: 5 }, (_, i) => `Queue document ${i} of run ${stamp}.`));
    const annotators = await Promise.all(
      emails.map(async (email, i) => {
        const api = await playwright.request.newContext({ baseURL: i % 2 === 0 ? postgresServerA : postgresServerB });
        // Each from an address of its own, as 30 people at 30 machines: sign-ins in flight count
        // toward their address's limit until their password is found right.
        expect(await signInApi(api, email, password, { "x-forwarded-for": `198.18.0.${i + 1}` })).toBe(200);
        return api;
      }),
    );

    const answers = await Promise.all(
      annotators.map(async (api) => (await json<{ documentId: number | null }>(await api.post(`/api/projects/${projectId}/queue/next`), 200)).documentId),
    );
    const handedOut = answers.filter((id): id is number => id !== null);
    // Every slot is handed out once: 5 documents × 3 annotators, and nobody gets two.
    expect(handedOut).toHaveLength(documentIds.length * overlap);
    const { documents } = await json<{ documents: { documentId: number; assignments: { userId: number }[] }[] }>(
      await admin.b.get(`/api/projects/${projectId}/assignments`),
      200,
    );
    for (const document of documents) expect(document.assignments).toHaveLength(overlap);
    const assignedUsers = documents.flatMap((document) => document.assignments.map((assignment) => assignment.userId));
    expect(new Set(assignedUsers).size).toBe(assignedUsers.length);
    for (const documentId of documentIds) expect(handedOut.filter((id) => id === documentId)).toHaveLength(overlap);
    await Promise.all([...annotators.map((api) => api.dispose()), admin.dispose()]);
  });

  test("the same file imported through A and B at once is one document and one duplicate", async ({ playwright }) => {
    const admin = await signedInOnA(playwright, demoUsers.admin);
    const { projectId } = await createTwoServerProject(admin.a, { name: "Import race", annotators: [] });
    const file = { name: "statement.txt", mimeType: "text/plain", buffer: Buffer.from(`The ministry issued a statement. (${Date.now()})\n`) };
    type Report = { imported: { id: number }[]; duplicates: { duplicateOf: number }[]; errors: unknown[] };
    const reports = await Promise.all(
      [admin.a, admin.b].map(async (api) => json<Report>(await api.post(`/api/projects/${projectId}/documents`, { multipart: { files: file } }), 200)),
    );
    const imported = reports.flatMap((report) => report.imported);
    expect(imported).toHaveLength(1);
    expect(reports.flatMap((report) => report.duplicates)).toEqual([expect.objectContaining({ duplicateOf: imported[0]!.id })]);
    expect(reports.flatMap((report) => report.errors)).toEqual([]);
    const { documents } = await json<{ documents: { documentId: number }[] }>(await admin.b.get(`/api/projects/${projectId}/assignments`), 200);
    expect(documents.map((document) => document.documentId)).toEqual([imported[0]!.id]);
    await admin.dispose();
  });

  test("spans created at once through both servers are all kept, each once", async ({ playwright }) => {
    const admin = await signedInOnA(playwright, demoUsers.admin);
    const { projectId, personTypeId } = await createTwoServerProject(admin.a, { name: "Span race", annotators: [demoUsers.alice] });
    const words = Array.from({ length: 24 }, (_, i) => `name${String(i).padStart(2, "0")}`);
    const text = `${words.join(" ")} (${Date.now()})`;
    const [documentId] = await importTexts(admin.a, projectId, [text]);
    const alice = await signedInOnA(playwright, demoUsers.alice);
    const created = await Promise.all(
      words.map(async (quote, i) => {
        const start = text.indexOf(quote);
        const span = { layer: "entity", start, end: start + quote.length, quote, entityTypeId: personTypeId };
        return json<SavedSpan>(await alternate(alice, i).post(`/api/documents/${documentId}/annotations`, { data: span }), 201);
      }),
    );
    expect(new Set(created.map((span) => span.id)).size).toBe(words.length);
    const { spans } = await json<{ spans: SavedSpan[] }>(await alice.a.get(`/api/documents/${documentId}/annotations`), 200);
    expect(spans.map((span) => span.quote).sort()).toEqual(words);
    expect(spans.map((span) => span.id).sort((x, y) => x - y)).toEqual(created.map((span) => span.id).sort((x, y) => x - y));
    await Promise.all([admin.dispose(), alice.dispose()]);
  });

  test("a person signs in on A, marks a name in the workspace on B, and A shows it", async ({ page, playwright }) => {
    const admin = await signedInOnA(playwright, demoUsers.admin);
    const documentId = await importText(admin.a, await demoProjectId(admin.a), `Two servers ${Date.now()}`, `Präsident Tokajew besuchte Astana. (${Date.now()})`);
    await admin.dispose();

    await signInWithForm(page, "alice");
    await page.goto(`${postgresServerB}/projects`);
    await expect(page.getByRole("heading", { name: "Projects", exact: true })).toBeVisible();
    await page.goto(`${postgresServerB}/documents/${documentId}/annotate`);
    await expect(page.locator("[data-ready]")).toBeVisible();
    const workspace = new WorkspacePage(page);
    await workspace.select("Tokajew");
    await page.keyboard.press("1");
    await workspace.waitUntilSaved();

    // page.request talks to A, the project's base URL.
    expect((await workspace.savedSpans(documentId)).map((span) => span.quote)).toEqual(["Tokajew"]);
    await workspace.open(documentId);
    await expect(page).toHaveURL(`${postgresServerA}/documents/${documentId}/annotate`);
    await expect(workspace.panel.getByText("All marks (1)")).toBeVisible();
  });
});
