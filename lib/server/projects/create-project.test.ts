import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { AppError } from "@/lib/server/errors";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createProject } from "./create-project";
import { getProject } from "./get-project";
import { listProjects } from "./list-projects";
import { updateProject } from "./update-project";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

describe("projects", () => {
  it("lets admins create projects with default settings and stances, and makes them manager", async () => {
    const admin = await insertTestUser(db, { isAdmin: true });
    const project = await createProject({ caller: admin, name: "Sanctions" });
    expect(project.id).toBeGreaterThan(0);
    expect(project.settings.annotatorsPerDocument).toBe(2);
    expect(project.settings.blind).toBe(true);
    expect((await listProjects({ caller: admin })).map((p) => p.name)).toContain("Sanctions");
  });

  it("refuses project creation to non-admins", async () => {
    const user = await insertTestUser(db);
    await expect(createProject({ caller: user, name: "Nope" })).rejects.toThrowError(AppError);
  });

  it("hides projects from non-members as not found, and lists only own projects", async () => {
    const admin = await insertTestUser(db, { isAdmin: true });
    const outsider = await insertTestUser(db);
    const project = await createProject({ caller: admin, name: "Hidden" });
    await expect(getProject({ caller: outsider, projectId: project.id })).rejects.toThrowError(/not found/);
    expect(await listProjects({ caller: outsider })).toEqual([]);
  });

  it("merges settings patches and rejects invalid values", async () => {
    const admin = await insertTestUser(db, { isAdmin: true });
    const project = await createProject({ caller: admin, name: "Settings" });
    const updated = await updateProject({ caller: admin, projectId: project.id, patch: { settings: { blind: false } } });
    expect(updated.settings.blind).toBe(false);
    expect(updated.settings.annotatorsPerDocument).toBe(2);
    await expect(
      updateProject({ caller: admin, projectId: project.id, patch: { settings: { annotatorsPerDocument: 0 } } }),
    ).rejects.toThrow();
  });
});
