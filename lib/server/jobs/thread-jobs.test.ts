import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "@/lib/server/http/database-unavailable";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import type { FixtureJob } from "./thread-jobs-fixture-thread";
import { ThreadJobs } from "./thread-jobs";

const jobs = new ThreadJobs<FixtureJob, unknown>("lib/server/jobs/thread-jobs-fixture-thread.ts");

beforeAll(async () => {
  await useTestDatabase();
});

describe("jobs in a worker thread", () => {
  it("hands the input over and the result back", async () => {
    const value = { text: "Токаев – 托卡耶夫", spans: [1, 2, 3], nested: { none: null } };
    expect(await jobs.run({ kind: "echo", value })).toEqual(value);
  });

  it("fails as the job failed: an AppError keeps its code, a driver error the code that makes it a 503", async () => {
    const appError = await jobs.run({ kind: "app-error" }).catch((error: unknown) => error);
    expect(appError).toBeInstanceOf(AppError);
    expect(appError).toMatchObject({ code: "not_found", message: "Project not found", details: { projectId: 7 } });
    const driverError = await jobs.run({ kind: "driver-error" }).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(driverError)).toBe(true);
  });

  it("leaves this thread free while a job computes", async () => {
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks += 1;
      if (ticking) setTimeout(tick, 1);
    };
    tick();
    await jobs.run({ kind: "busy", ms: 400 });
    ticking = false;
    // A job on this thread would have held every timer until it ended.
    expect(ticks).toBeGreaterThan(20);
  });

  it("fails the jobs of a worker that dies and starts a new one for the next job", async () => {
    await expect(jobs.run({ kind: "exit" })).rejects.toThrow(/stopped \(exit code 3\)/);
    expect(await jobs.run({ kind: "echo", value: 42 })).toBe(42);
  });
});
