// A stream module for thread-jobs.test.ts: numbered chunks stamped with the time each was made,
// endlessly or up to a count, or a failure after the first chunk.
import { AppError } from "@/lib/server/errors";
import { serveThreadStreams } from "./serve-thread-jobs";

export type FixtureStream = { kind: "count"; chunks: number | null } | { kind: "fail-after-one" };

const encoder = new TextEncoder();

serveThreadStreams(async function* (job: FixtureStream) {
  if (job.kind === "fail-after-one") {
    yield encoder.encode("first");
    throw new AppError("unprocessable", "The export cannot go on");
  }
  for (let k = 0; job.chunks === null || k < job.chunks; k++) {
    // Two chunks in one buffer: each must arrive whole although they share it.
    const both = encoder.encode(`${k} ${Date.now()}|${k} ${Date.now()}`);
    const bar = both.indexOf("|".charCodeAt(0));
    yield both.subarray(0, bar);
    await new Promise((resolve) => setImmediate(resolve));
  }
});
