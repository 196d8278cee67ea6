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

beforeAll(() => {
  db = useTestDatabase();
  admin = insertTestUser(db, { isAdmin: true });
});

function projectWith(documents: { title: string; text: string; language: string }[]): number {
  const projectId = createProject({ caller: admin, name: "List" }).id;
  const report = importDocuments({ caller: admin, projectId, documents });
  expect(report.errors).toEqual([]);
  return projectId;
}

const numbered = (count: number, language: string) =>
  Array.from({ length: count }, (_, i) => ({ title: `Report ${language} ${i}`, text: `Report number ${i} in ${language}.`, language }));

describe("listDocuments", () => {
  it("returns every document exactly once across keyset pages", () => {
    const projectId = projectWith(numbered(11, "en"));
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = listDocuments({ caller: admin, projectId, limit: 3, cursor });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("rejects a cursor it did not make", () => {
    const projectId = projectWith(numbered(1, "en"));
    expect(() => listDocuments({ caller: admin, projectId, cursor: "bogus" })).toThrowError(/cursor/);
  });

  it("filters by language", () => {
    const projectId = projectWith([...numbered(3, "de"), ...numbered(2, "pl")]);
    const page = listDocuments({ caller: admin, projectId, language: "pl" });
    expect(page.items.map((d) => d.language)).toEqual(["pl", "pl"]);
    expect(page.nextCursor).toBeNull();
  });

  it("searches titles and texts by word prefix, inflected German and unsegmented Chinese included", () => {
    const projectId = projectWith([
      { title: "Neue Maßnahmen", text: "Die Bundesregierung verlängert die Sanktionen gegen Russland.", language: "de" },
      { title: "外交新闻", text: "哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了代表团。", language: "zh" },
      { title: "Energy", text: "The pipeline opens in spring.", language: "en" },
    ]);
    const titles = (q: string) => listDocuments({ caller: admin, projectId, q }).items.map((d) => d.title);
    expect(titles("Sanktion")).toEqual(["Neue Maßnahmen"]);
    expect(titles("sanktionen russland")).toEqual(["Neue Maßnahmen"]);
    expect(titles("托卡耶夫")).toEqual(["外交新闻"]);
    expect(titles("Maßnahmen")).toEqual(["Neue Maßnahmen"]);
    expect(titles("外交")).toEqual(["外交新闻"]);
    expect(titles("阿斯塔纳")).toEqual(["外交新闻"]);
    // Words match by prefix, not in the middle.
    expect(titles("ener")).toEqual(["Energy"]);
    expect(titles("nergy")).toEqual([]);
    expect(titles('pipe"line OR')).toEqual([]);
    expect(titles("%")).toEqual([]);
  });
});

describe("restrictToAssigned", () => {
  it("shows annotators only their assigned documents, everyone else all of them", () => {
    const projectId = projectWith(numbered(3, "en"));
    updateProject({ caller: admin, projectId, patch: { settings: { restrictToAssigned: true } } });
    const annotator = insertTestUser(db);
    const reviewer = insertTestUser(db);
    const outsider = insertTestUser(db);
    db.insert(memberships).values([
      { projectId, userId: annotator.id, role: "annotator" },
      { projectId, userId: reviewer.id, role: "reviewer" },
    ]).run();
    const [assigned, unassigned] = listDocuments({ caller: admin, projectId }).items;
    db.insert(assignments).values({ documentId: assigned!.id, userId: annotator.id }).run();

    expect(listDocuments({ caller: annotator, projectId }).items.map((d) => d.id)).toEqual([assigned!.id]);
    expect(getDocument({ caller: annotator, documentId: assigned!.id }).text).toContain("Report number");
    expect(() => getDocument({ caller: annotator, documentId: unassigned!.id })).toThrowError(/not found/);
    expect(listDocuments({ caller: reviewer, projectId }).items).toHaveLength(3);
    expect(getDocument({ caller: reviewer, documentId: unassigned!.id }).projectId).toBe(projectId);
    expect(() => getDocument({ caller: outsider, documentId: assigned!.id })).toThrowError(/not found/);
    expect(() => listDocuments({ caller: outsider, projectId })).toThrowError(/not found/);
  });
});
