// A job module for thread-jobs.test.ts: echoes, fails the ways real jobs fail, busies its thread,
// tells its thread's nice value or the writes in flight it sees, waits for those writes, or dies.
import { readlinkSync } from "node:fs";
import { getPriority } from "node:os";
import { AppError } from "@/lib/server/errors";
import { interactiveWritesBuffer, yieldToInteractiveWrites } from "./interactive-writes";
import { serveThreadJobs } from "./serve-thread-jobs";

export type FixtureJob =
  | { kind: "echo"; value: unknown }
  | { kind: "app-error" }
  | { kind: "driver-error" }
  | { kind: "busy"; ms: number }
  | { kind: "exit" }
  | { kind: "nice" }
  | { kind: "writes-in-flight" }
  | { kind: "yield-to-writes"; maxWaitMs: number };

serveThreadJobs(async (job: FixtureJob) => {
  switch (job.kind) {
    case "echo":
      return job.value;
    case "app-error":
      throw new AppError("not_found", "Project not found", { projectId: 7 });
    case "driver-error":
      throw new Error("Failed query", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }) });
    case "busy": {
      const until = performance.now() + job.ms;
      while (performance.now() < until);
      return "done";
    }
    case "exit":
      process.exit(3);
    case "nice":
      return process.platform === "linux" ? getPriority(Number(readlinkSync("/proc/thread-self").split("/").pop())) : getPriority();
    case "writes-in-flight":
      return Atomics.load(new Int32Array(interactiveWritesBuffer()), 0);
    case "yield-to-writes":
      await yieldToInteractiveWrites(job.maxWaitMs);
      return "went on";
  }
});
