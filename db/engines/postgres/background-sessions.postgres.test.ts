import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { backgroundApplicationName, backgroundSessionUrl } from "./background-sessions";

beforeAll(async () => {
  await useTestDatabase();
});

describe("background sessions", () => {
  it("run without JIT, with room to sort and hash, under the background jobs' name, keeping the options the URL had", async () => {
    const url = process.env.DATABASE_URL ?? "";
    const withOptions = `${url}${url.includes("?") ? "&" : "?"}options=-c%20statement_timeout%3D12345`;
    const client = new pg.Client({ connectionString: backgroundSessionUrl(withOptions) });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT current_setting('jit') AS jit, current_setting('work_mem') AS memory, current_setting('application_name') AS name, current_setting('statement_timeout') AS timeout",
      );
      expect(rows[0]).toEqual({ jit: "off", memory: "32MB", name: backgroundApplicationName, timeout: "12345ms" });
    } finally {
      await client.end();
    }
  });
});
