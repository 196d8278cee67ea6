import { beforeAll, describe, expect, it } from "vitest";
import { createProject } from "@/lib/server/projects/create-project";
import { getDocument } from "@/lib/server/documents/get-document";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import type { Caller } from "@/lib/server/auth/caller";
import { exportProject } from "./export-project";

// Neither alphabetical nor by length (PostgreSQL's jsonb would store the keys shortest first),
// at every level of nesting.
const metadataJson = '{"zeta":1,"alpha":{"yankee":[{"zz":"last","a":"first"}],"bee":null},"mid":"m"}';
// CSV columns past the known ones become metadata, in the file's column order.
const csv = "title,text,source_name,desk,byline\nSanctions,Tokayev backs the sanctions.,Reuters,World,J. Doe\n";
const csvMetadataJson = '{"source_name":"Reuters","desk":"World","byline":"J. Doe"}';

let manager: Caller;
let projectId: number;
const documentIds = new Map<string, number>();

beforeAll(async () => {
  const db = await useTestDatabase();
  manager = await insertTestUser(db, { isAdmin: true });
  projectId = (await createProject({ caller: manager, name: "Metadata" })).id;
  const jsonl = `{"title":"Nested","text":"Kazakhstan supports the sanctions.","metadata":${metadataJson}}\n`;
  const report = await importDocuments({
    caller: manager,
    projectId,
    files: [
      { name: "nested.jsonl", bytes: new TextEncoder().encode(jsonl) },
      { name: "columns.csv", bytes: new TextEncoder().encode(csv) },
    ],
  });
  expect(report.errors).toEqual([]);
  for (const entry of report.imported) documentIds.set(entry.file, entry.id);
});

async function exportedJsonl(): Promise<string> {
  const result = await exportProject({ caller: manager, projectId, format: "jsonl", filters: { set: "all" } });
  const parts: Buffer[] = [];
  for await (const part of result.chunks) parts.push(Buffer.from(part));
  return Buffer.concat(parts).toString("utf8");
}

describe("document metadata", () => {
  it("exports as JSONL with its keys in the order imported, nested objects too, the same bytes on either engine", async () => {
    const lines = (await exportedJsonl()).split("\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    const byTitle = new Map(lines.map((line) => [(JSON.parse(line) as { title: string }).title, line]));
    expect(byTitle.get("Nested")).toContain(`"externalId":null,"metadata":${metadataJson},"spans":[]`);
    expect(byTitle.get("Sanctions")).toContain(`"externalId":null,"metadata":${csvMetadataJson},"spans":[]`);
  });

  it("reads back through the document API with its keys in the order imported", async () => {
    const nested = await getDocument({ caller: manager, documentId: documentIds.get("nested.jsonl")! });
    expect(JSON.stringify(nested.metadata)).toBe(metadataJson);
    const columns = await getDocument({ caller: manager, documentId: documentIds.get("columns.csv")! });
    expect(JSON.stringify(columns.metadata)).toBe(csvMetadataJson);
  });
});
