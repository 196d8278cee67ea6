import { count, eq } from "drizzle-orm";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { documents, events } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { importDocuments } from "./import-documents";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bratText = "Tokayev spoke in Astana.\n";
const bratConf = "[entities]\nPER\nLOC\n[relations]\n[events]\n[attributes]\n";

/** Rewrites the size a zip states for entries of `actual` bytes, in local headers and the central directory. */
function stateSize(zip: Uint8Array, actual: number, stated: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 30 < copy.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint32(at + 22, true) === actual) view.setUint32(at + 22, stated, true);
    if (signature === 0x02014b50 && view.getUint32(at + 24, true) === actual) view.setUint32(at + 24, stated, true);
  }
  return copy;
}

let db: Db;
let manager: Caller;
let projectId: number;

beforeAll(async () => {
  process.env.CLAIMDESK_MAX_UPLOAD_MB = "1";
  db = await useTestDatabase();
  manager = await insertTestUser(db, { isAdmin: true });
  projectId = (await createProject({ caller: manager, name: "Hostile files" })).id;
});

describe("importing hostile files", () => {
  it("refuses each one whole, naming the file and, where it has lines, the line; stores nothing of any", async () => {
    const bomb = 6 * 1024 * 1024;
    const files = [
      { name: "bomb.zip", bytes: zipSync({ "a.ann": new Uint8Array(), "a.txt": new Uint8Array(bomb).fill(0x41) }, { level: 9 }) },
      {
        name: "lying-bomb.zip",
        bytes: stateSize(zipSync({ "a.ann": new Uint8Array(), "a.txt": new Uint8Array(bomb).fill(0x41) }, { level: 9 }), bomb, 100),
      },
      { name: "claims-4gb.zip", bytes: stateSize(zipSync({ "a.ann": new Uint8Array(), "a.txt": utf8(bratText) }), bratText.length, 0xfffffff0) },
      { name: "traversal.zip", bytes: zipSync({ "../../a.ann": utf8("T1\tPER 0 7\tTokayev\n"), "../../a.txt": utf8(bratText) }) },
      { name: "utf16.txt", bytes: new Uint8Array([0xff, 0xfe, ...Array.from(utf8("Astana")).flatMap((byte) => [byte, 0])]) },
      { name: "nul.txt", bytes: utf8("Tokayev spoke.\nAstana agreed.\nThe \u0000end.\n") },
      { name: "latin2.txt", bytes: new Uint8Array([...utf8("Kazachstan popiera sankcje.\nRz"), 0xb1, ...utf8("d tak twierdzi.\n")]) },
      { name: "photo.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) },
      { name: "cut.jsonl", bytes: utf8('{"text":"Tokayev spoke in Astana."}\n{"text":"Astana agr') },
      { name: "unclosed.csv", bytes: utf8('title,text\nA,"Tokayev spoke in Astana.\nB,Astana agreed.\n') },
      { name: "past.ann", bytes: utf8("T1\tPER 0 7\tTokayev\nT2\tLOC 17 40\tAstana.\n") },
      { name: "past.txt", bytes: utf8(bratText) },
      { name: "annotation.conf", bytes: utf8(bratConf) },
    ];
    const documentsBefore = await db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId));
    const report = await importDocuments({ caller: manager, projectId, files });

    expect(report.imported).toEqual([]);
    const refusals = report.errors.map((error) => ({ file: error.file, code: error.code, line: error.line }));
    expect(refusals).toEqual([
      { file: "bomb.zip", code: "invalid_archive", line: undefined },
      { file: "lying-bomb.zip", code: "invalid_archive", line: undefined },
      { file: "claims-4gb.zip", code: "invalid_archive", line: undefined },
      { file: "traversal.zip", code: "invalid_archive", line: undefined },
      { file: "utf16.txt", code: "invalid_encoding", line: undefined },
      { file: "nul.txt", code: "binary_file", line: 3 },
      { file: "latin2.txt", code: "invalid_encoding", line: 2 },
      { file: "photo.txt", code: "binary_file", line: undefined },
      { file: "cut.jsonl", code: "invalid_json", line: 2 },
      { file: "unclosed.csv", code: "invalid_csv", line: 2 },
      { file: "past.ann", code: "offset_out_of_range", line: 2 },
    ]);
    const messages = Object.fromEntries(report.errors.map((error) => [error.file, error.message]));
    expect(messages["bomb.zip"]).toMatch(/unpacks to more than 4 MB/);
    expect(messages["lying-bomb.zip"]).toMatch(/"a\.txt" is damaged or states a false size/);
    expect(messages["traversal.zip"]).toMatch(/"\.\.\/\.\.\/a\.(ann|txt)" points outside the archive/);
    expect(messages["utf16.txt"]).toMatch(/UTF-16/);
    expect(messages["past.ann"]).toMatch(/line 2/);

    expect(await db.select({ n: count() }).from(documents).where(eq(documents.projectId, projectId))).toEqual(documentsBefore);
    expect(await db.select({ n: count() }).from(events).where(eq(events.projectId, projectId))).toEqual([{ n: 1 }]);
  });
});
