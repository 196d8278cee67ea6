import { getPriority } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "@/lib/server/http/database-unavailable";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { beginInteractiveWrite } from "./interactive-writes";
import type { FixtureJob } from "./thread-jobs-fixture-thread";
import { ThreadJobs } from "./thread-jobs";
import { ThreadStreams } from "./thread-streams";
import type { FixtureStream } from "./thread-streams-fixture-thread";

const jobs = new ThreadJobs<FixtureJob, unknown>("lib/server/jobs/thread-jobs-fixture-thread.ts");
const streams = new ThreadStreams<FixtureStream>("lib/server/jobs/thread-streams-fixture-thread.ts");
const decoder = new TextDecoder();

/** A fixture chunk's number and the time it was made. */
const readChunk = (chunk: Uint8Array) => decoder.decode(chunk).split(" ").map(Number) as [number, number];

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

  it("runs jobs at a lower priority than the request thread where threads have their own (Linux)", async () => {
    expect(await jobs.run({ kind: "nice" })).toBe(process.platform === "linux" ? 10 : getPriority());
  });

  it("sees the writes this thread has in flight, each counted until it ends, once", async () => {
    const endWrite = beginInteractiveWrite();
    expect(await jobs.run({ kind: "writes-in-flight" })).toBe(1);
    endWrite();
    endWrite();
    expect(await jobs.run({ kind: "writes-in-flight" })).toBe(0);
  });

  it("holds a job that yields to writes until the last write in flight ends", async () => {
    const endFirst = beginInteractiveWrite();
    const endSecond = beginInteractiveWrite();
    let wentOn = false;
    const yielding = jobs.run({ kind: "yield-to-writes", maxWaitMs: 600_000 }).then((result) => {
      wentOn = true;
      return result;
    });
    // Jobs run side by side: this one answers while the first waits.
    expect(await jobs.run({ kind: "echo", value: 1 })).toBe(1);
    endFirst();
    expect(await jobs.run({ kind: "echo", value: 2 })).toBe(2);
    expect(wentOn).toBe(false);
    endSecond();
    expect(await yielding).toBe("went on");
  });

  it("lets a job go on after its longest wait even while writes stay in flight", async () => {
    const endWrite = beginInteractiveWrite();
    expect(await jobs.run({ kind: "yield-to-writes", maxWaitMs: 1 })).toBe("went on");
    endWrite();
  });

  it("fails the jobs of a worker that dies and starts a new one for the next job", async () => {
    await expect(jobs.run({ kind: "exit" })).rejects.toThrow(/stopped \(exit code 3\)/);
    expect(await jobs.run({ kind: "echo", value: 42 })).toBe(42);
  });
});

describe("streams from a worker thread", () => {
  it("hands every chunk over, whole and in order", async () => {
    const numbers: number[] = [];
    for await (const chunk of streams.stream({ kind: "count", chunks: 50 })) numbers.push(readChunk(chunk)[0]);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, k) => k));
  });

  it("makes chunks only as fast as they are read, and stops when the reader stops", async () => {
    const endless = streams.stream({ kind: "count", chunks: null });
    for (let k = 0; k < 3; k++) await endless.next();
    const pauseBegan = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const later: number[] = [];
    for (let k = 0; k < 10; k++) {
      const next = await endless.next();
      if (!next.done) later.push(readChunk(next.value)[1]);
    }
    // A few chunks were made ahead; the rest waited for the reader to come back.
    expect(later.filter((madeAt) => madeAt < pauseBegan).length).toBeLessThanOrEqual(5);
    expect(later.filter((madeAt) => madeAt >= pauseBegan).length).toBeGreaterThanOrEqual(5);
    await endless.return(undefined);
    expect(readChunk((await streams.stream({ kind: "count", chunks: 1 }).next()).value as Uint8Array)[0]).toBe(0);
  });

  it("fails the reader as the stream failed, after the chunks made before", async () => {
    const read: string[] = [];
    const failure = await (async () => {
      for await (const chunk of streams.stream({ kind: "fail-after-one" })) read.push(decoder.decode(chunk));
    })().catch((error: unknown) => error);
    expect(read).toEqual(["first"]);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "unprocessable", message: "The export cannot go on" });
  });
});
