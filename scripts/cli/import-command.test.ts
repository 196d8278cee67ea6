import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { annotations, documents } from "@/db/schema";
import { insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { startTestModelBackend, type TestModelBackend } from "@/lib/server/model-server/label-studio-test-backend";
import { setModelServer } from "@/lib/server/model-server/set-model-server";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { importCommand } from "./import-command";

let db: Db;
let backend: TestModelBackend;
beforeAll(async () => {
  db = await useTestDatabase();
  backend = await startTestModelBackend({ words: { Tokajew: "PER" } });
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterAll(async () => {
  await backend.close();
});

describe("import", () => {
  it("ends once the project's model server has predicted the imported documents, so that the database may close", async () => {
    const project = await setUpAnnotationProject(db);
    const manager = await insertTestMember(db, project.projectId, "manager");
    await setModelServer({ caller: manager, projectId: project.projectId, url: backend.url });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-cli-import-")), "artikel.txt");
    writeFileSync(file, "Präsident Tokajew sprach in Astana.\n");
    await importCommand(["--project", String(project.projectId), "--as", manager.email, file]);
    const predicted = await db
      .select({ quote: annotations.quote, origin: annotations.origin })
      .from(annotations)
      .innerJoin(documents, eq(documents.id, annotations.documentId))
      .where(and(eq(documents.projectId, project.projectId), eq(annotations.set, "preannotation"), isNull(annotations.deletedAt)));
    expect(predicted).toEqual([{ quote: "Tokajew", origin: "prediction" }]);
  });
});
