import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { documents, documentSources, events, projects } from "@/db/schema";
import { defaultProjectSettings } from "@/lib/domain/project/project-settings";
import type { Caller } from "@/lib/server/auth/caller";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { importDocuments } from "./import-documents";

// The word index is written after the documents and their sources; failing it shows whether
// those writes went away with the transaction.
const failure = vi.hoisted(() => ({ indexFails: false }));
vi.mock("./search-index/search-index", async (importOriginal) => {
  const original = await importOriginal<typeof import("./search-index/search-index")>();
  return {
    ...original,
    searchIndex: () => {
      const index = original.searchIndex();
      return {
        ...index,
        add: async (...args: Parameters<typeof index.add>) => {
          if (failure.indexFails) throw new Error("the word index is out of order");
          return index.add(...args);
        },
      };
    },
  };
});

let db: Db;
let manager: Caller;

beforeAll(async () => {
  db = await useTestDatabase();
  manager = await insertTestUser(db, { isAdmin: true });
});

async function newProject(): Promise<number> {
  return firstRow(await db.insert(projects).values({ name: "Atomic", settings: defaultProjectSettings, createdBy: manager.id }).returning()).id;
}

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("importDocuments under failure and concurrency", () => {
  it("leaves nothing of an import whose writing fails", async () => {
    const projectId = await newProject();
    failure.indexFails = true;
    try {
      await expect(
        importDocuments({ caller: manager, projectId, files: [file("a.txt", "Erste Meldung\n\nText eins."), file("b.txt", "Zweite Meldung\n\nText zwei.")] }),
      ).rejects.toThrow(/out of order/);
    } finally {
      failure.indexFails = false;
    }
    const stored = await db.select({ id: documents.id }).from(documents).where(eq(documents.projectId, projectId));
    expect(stored).toEqual([]);
    expect(await db.select().from(events).where(eq(events.projectId, projectId))).toEqual([]);

    // The same files import once the index works again.
    const report = await importDocuments({ caller: manager, projectId, files: [file("a.txt", "Erste Meldung\n\nText eins.")] });
    expect(report.imported).toHaveLength(1);
    const sources = await db.select().from(documentSources).where(inArray(documentSources.documentId, report.imported.map((d) => d.id)));
    expect(sources).toHaveLength(1);
  });

  it("stores a text imported twice at the same time once, and reports the other as its duplicate", async () => {
    const projectId = await newProject();
    const text = "Gleichzeitig\n\nZwei Server nehmen denselben Text zur selben Zeit an.";
    const reports = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        importDocuments({ caller: manager, projectId, files: [file(`same-${i}.txt`, text), file(`own-${i}.txt`, `Eigener Text ${i}`)] }),
      ),
    );
    const stored = await db.select({ id: documents.id, title: documents.title }).from(documents).where(eq(documents.projectId, projectId));
    expect(stored).toHaveLength(5);
    const shared = stored.find((document) => document.title === "Gleichzeitig")!;
    expect(reports.flatMap((report) => report.imported.filter((d) => d.file.startsWith("same")).map((d) => d.id))).toEqual([shared.id]);
    expect(reports.flatMap((report) => report.duplicates)).toEqual(
      expect.arrayContaining(Array.from({ length: 3 }, () => ({ file: expect.stringMatching(/^same-/), duplicateOf: shared.id }))),
    );
    expect(reports.flatMap((report) => report.duplicates)).toHaveLength(3);
    expect(reports.flatMap((report) => report.imported)).toHaveLength(5);
  });
});
