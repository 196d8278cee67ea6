import { strFromU8, unzipSync } from "fflate";
import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpExportProject } from "@/lib/server/export/export-test-fixtures";
import { actAs } from "@/lib/server/testing/test-caller";
import { useTestDatabase } from "@/lib/server/testing/test-database";

vi.mock("@/lib/server/auth/caller", () => import("@/lib/server/testing/test-caller"));

const { GET } = await import("./route");

let fixture: Awaited<ReturnType<typeof setUpExportProject>>;
beforeAll(async () => {
  fixture = await setUpExportProject(await useTestDatabase());
});

function get(query: string, projectId = String(fixture.projectId)) {
  const request = new Request(`http://localhost/api/projects/${projectId}/export?${query}`) as unknown as NextRequest;
  return GET(request, { params: Promise.resolve({ projectId }) });
}

describe("GET /api/projects/{projectId}/export", () => {
  it("streams a download with its content type and file name", async () => {
    actAs(fixture.reviewer);
    const response = await get("format=jsonl&set=gold");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="annotation-gold.jsonl"');
    expect((await response.text()).trim().split("\n")).toHaveLength(2);
  });

  it("serves zips and ignores empty filter fields", async () => {
    actAs(fixture.reviewer);
    const response = await get("format=brat&set=annotators&status=&language=&from=&to=");
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(strFromU8(files["annotation.conf"]!)).toContain("[entities]");
  });

  it.each([
    ["format=xml", 400],
    ["format=jsonl&set=everyone", 400],
    ["format=jsonl&from=October", 400],
    ["set=gold", 400],
  ])("answers %s with %i", async (query, status) => {
    actAs(fixture.reviewer);
    const response = await get(query);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code: "bad_request" } });
  });

  it("answers 403 to annotators, 404 to outsiders and 401 without a caller", async () => {
    actAs(fixture.alice);
    expect((await get("format=jsonl")).status).toBe(403);
    actAs(fixture.reviewer);
    expect((await get("format=jsonl", "999999")).status).toBe(404);
    actAs(null);
    expect((await get("format=jsonl")).status).toBe(401);
  });
});
