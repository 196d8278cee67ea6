import path from "node:path";
import { expect, test } from "@playwright/test";
import { type RouteAccess, expectedStatus } from "./support/access-route";
import { documentRoutes } from "./support/access-routes-documents";
import { instanceRoutes } from "./support/access-routes-instance";
import { projectRoutes } from "./support/access-routes-projects";
import { type AccessWorld, authModes, createAccessWorld, roles } from "./support/access-world";
import { listApiRoutes } from "./support/route-files";

/**
 * Every method of every API route, called by every kind of caller (nobody, a user outside the
 * project, each project role, an instance admin who is no member), once with the session cookie
 * and once with an API token. Allowed calls succeed; refused ones get exactly the status the
 * design gives them, and a body that is the error and nothing else.
 */
const matrix: RouteAccess[] = [...instanceRoutes, ...projectRoutes, ...documentRoutes];

test("the matrix covers every method of every route file, and nothing else", () => {
  const onDisk = listApiRoutes(path.join(import.meta.dirname, "..", "app"));
  expect(onDisk.length).toBeGreaterThan(40);
  expect(matrix.map((entry) => entry.route).sort()).toEqual(onDisk);
});

test.describe("access matrix", () => {
  let world: AccessWorld;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    world = await createAccessWorld(playwright, baseURL, "Matrix");
  });

  test.afterAll(async () => {
    await world.dispose();
  });

  for (const entry of matrix) {
    test(entry.route, async () => {
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const mode of authModes) {
        for (const role of roles) {
          const key = `${mode} ${role}`;
          const response = await entry.call({ api: world.as(role, mode), role, mode, world });
          const status = response.status();
          expected[key] = String(expectedStatus(entry, role, mode));
          actual[key] = status >= 200 && status < 300 ? "2xx" : String(status);
          if (status >= 400) {
            const body: unknown = await response.json();
            expect(body, `${key}: a refusal carries the error only`).toEqual({
              error: { code: expect.any(String), message: expect.any(String) },
            });
          }
        }
      }
      expect(actual).toEqual(expected);
    });
  }
});
