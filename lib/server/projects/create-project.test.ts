import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { AppError } from "@/lib/server/errors";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createProject } from "./create-project";
import { getProject } from "./get-project";
import { listProjects } from "./list-projects";
import { updateProject } from "./update-project";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

describe("projects", () => {
  it("lets admins create projects with default settings and stances, and makes them manager", () => {
    const admin = insertTestUser(db, { isAdmin: true });
    const project = createProject({ caller: admin, name: "Sanctions" });
    expect(project.id).toBeGreaterThan(0);
    expect(project.settings.annotatorsPerDocument).toBe(2);
    expect(project.settings.blind).toBe(true);
    expect(listProjects({ caller: admin }).map((p) => p.name)).toContain("Sanctions");
  });

  it("refuses project creation to non-admins", () => {
    const user = insertTestUser(db);
    expect(() => createProject({ caller: user, name: "Nope" })).toThrowError(AppError);
  });

  it("hides projects from non-members as not found, and lists only own projects", () => {
    const admin = insertTestUser(db, { isAdmin: true });
    const outsider = insertTestUser(db);
    const project = createProject({ caller: admin, name: "Hidden" });
    expect(() => getProject({ caller: outsider, projectId: project.id })).toThrowError(/not found/);
    expect(listProjects({ caller: outsider })).toEqual([]);
  });

  it("merges settings patches and rejects invalid values", () => {
    const admin = insertTestUser(db, { isAdmin: true });
    const project = createProject({ caller: admin, name: "Settings" });
    const updated = updateProject({ caller: admin, projectId: project.id, patch: { settings: { blind: false } } });
    expect(updated.settings.blind).toBe(false);
    expect(updated.settings.annotatorsPerDocument).toBe(2);
    expect(() =>
      updateProject({ caller: admin, projectId: project.id, patch: { settings: { annotatorsPerDocument: 0 } } }),
    ).toThrow();
  });
});
