import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { assignments, memberships } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";
import { updateProject } from "@/lib/server/projects/update-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { getDocument } from "./get-document";
import { importDocuments } from "./import-documents";
import { listDocuments } from "./list-documents";

let db: Db;
let admin: Caller;

beforeAll(async () => {
  db = await useTestDatabase();
  admin = await insertTestUser(db, { isAdmin: true });
});

async function projectWith(documents: { title: string; text: string; language: string }[]): Promise<number> {
  const projectId = (await createProject({ caller: admin, name: "List" })).id;
  const report = await importDocuments({ caller: admin, projectId, documents });
  expect(report.errors).toEqual([]);
  return projectId;
}

const numbered = (count: number, language: string) =>
  Array.from({ length: count }, (_, i) => ({ title: `Report ${language} ${i}`, text: `Report number ${i} in ${language}.`, language }));

describe("listDocuments", () => {
  it("returns every document exactly once across keyset pages", async () => {
    const projectId = await projectWith(numbered(11, "en"));
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listDocuments({ caller: admin, projectId, limit: 3, cursor });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("rejects a cursor it did not make", async () => {
    const projectId = await projectWith(numbered(1, "en"));
    await expect(listDocuments({ caller: admin, projectId, cursor: "bogus" })).rejects.toThrowError(/cursor/);
  });

  it("filters by language", async () => {
    const projectId = await projectWith([...numbered(3, "de"), ...numbered(2, "pl")]);
    const page = await listDocuments({ caller: admin, projectId, language: "pl" });
    expect(page.items.map((d) => d.language)).toEqual(["pl", "pl"]);
    expect(page.nextCursor).toBeNull();
  });

  it("searches titles and texts by word prefix, inflected German and unsegmented Chinese included", async () => {
    const projectId = await projectWith([
      { title: "Neue Maßnahmen", text: "Die Bundesregierung verlängert die Sanktionen gegen Russland.", language: "de" },
      { title: "外交新闻", text: "哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了代表团。", language: "zh" },
      { title: "Energy", text: "The pipeline opens in spring.", language: "en" },
    ]);
    const titles = async (q: string) => (await listDocuments({ caller: admin, projectId, q })).items.map((d) => d.title);
    expect(await titles("Sanktion")).toEqual(["Neue Maßnahmen"]);
    expect(await titles("sanktionen russland")).toEqual(["Neue Maßnahmen"]);
    expect(await titles("托卡耶夫")).toEqual(["外交新闻"]);
    expect(await titles("Maßnahmen")).toEqual(["Neue Maßnahmen"]);
    expect(await titles("外交")).toEqual(["外交新闻"]);
    expect(await titles("阿斯塔纳")).toEqual(["外交新闻"]);
    // Words match by prefix, not in the middle.
    expect(await titles("ener")).toEqual(["Energy"]);
    expect(await titles("nergy")).toEqual([]);
    expect(await titles('pipe"line OR')).toEqual([]);
    expect(await titles("%")).toEqual([]);
  });
});

describe("restrictToAssigned", () => {
  it("shows annotators only their assigned documents, everyone else all of them", async () => {
    const projectId = await projectWith(numbered(3, "en"));
    await updateProject({ caller: admin, projectId, patch: { settings: { restrictToAssigned: true } } });
    const annotator = await insertTestUser(db);
    const reviewer = await insertTestUser(db);
    const outsider = await insertTestUser(db);
    await db.insert(memberships).values([
      { projectId, userId: annotator.id, role: "annotator" },
      { projectId, userId: reviewer.id, role: "reviewer" },
    ]);
    const [assigned, unassigned] = (await listDocuments({ caller: admin, projectId })).items;
    await db.insert(assignments).values({ documentId: assigned!.id, userId: annotator.id });

    expect((await listDocuments({ caller: annotator, projectId })).items.map((d) => d.id)).toEqual([assigned!.id]);
    expect((await getDocument({ caller: annotator, documentId: assigned!.id })).text).toContain("Report number");
    await expect(getDocument({ caller: annotator, documentId: unassigned!.id })).rejects.toThrowError(/not found/);
    expect((await listDocuments({ caller: reviewer, projectId })).items).toHaveLength(3);
    expect((await getDocument({ caller: reviewer, documentId: unassigned!.id })).projectId).toBe(projectId);
    await expect(getDocument({ caller: outsider, documentId: assigned!.id })).rejects.toThrowError(/not found/);
    await expect(listDocuments({ caller: outsider, projectId })).rejects.toThrowError(/not found/);
  });
});
