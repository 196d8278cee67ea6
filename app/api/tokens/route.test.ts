import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { actAs } from "@/lib/server/testing/test-caller";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";

vi.mock("@/lib/server/auth/caller", () => import("@/lib/server/testing/test-caller"));

const { GET, POST } = await import("./route");
const { DELETE } = await import("./[tokenId]/route");

let alice: Caller;
beforeAll(async () => {
  alice = await insertTestUser(await useTestDatabase());
});

const noParams = { params: Promise.resolve({}) };
const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }) as unknown as NextRequest,
    noParams,
  );

describe("/api/tokens", () => {
  it("creates (201, token shown once), lists without secrets and revokes (204)", async () => {
    actAs(alice);
    const created = await post({ name: "script" });
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: number; token: string; name: string; prefix: string; createdAt: string };
    expect(Object.keys(body).sort()).toEqual(["createdAt", "id", "name", "prefix", "token"]);
    const list = await GET(new Request("http://localhost/api/tokens") as unknown as NextRequest, noParams);
    const text = await list.text();
    expect(text).toContain(body.prefix);
    expect(text).not.toContain(body.token);
    const revoked = await DELETE(new Request("http://localhost/api/tokens/x") as unknown as NextRequest, {
      params: Promise.resolve({ tokenId: String(body.id) }),
    });
    expect(revoked.status).toBe(204);
    const again = await DELETE(new Request("http://localhost/api/tokens/x") as unknown as NextRequest, {
      params: Promise.resolve({ tokenId: String(body.id) }),
    });
    expect(again.status).toBe(404);
  });

  it("refuses to mint a token for a caller who came with a Bearer token (403), and bad names (400)", async () => {
    actAs(alice);
    expect((await post({ name: "more" }, { authorization: "Bearer cd_leaked" })).status).toBe(403);
    expect((await post({ name: "  " })).status).toBe(400);
    expect((await post({ name: "x", extra: 1 })).status).toBe(400);
  });
});
