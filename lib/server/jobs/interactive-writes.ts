// Foreground first: the request thread counts the writes it is answering in a shared counter,
// and background jobs (the agreement pass, exports) look at it before each batch they ask the
// database for. While someone's save is in flight, a job holds its next batch back for a moment,
// so that the save does not queue for a core behind the database's work for the job, which runs
// at the database's priority, not the job thread's.

// Longest a job holds back one batch: background work is slowed by writes, never stopped.
const defaultMaxWaitMs = 50;

// Kept on globalThis: Next bundles this module more than once (route handlers, the job workers'
// owner), and every copy must count into the counter the workers were given.
const globalForWrites = globalThis as unknown as { claimdeskInteractiveWrites?: Int32Array };

function counter(): Int32Array {
  globalForWrites.claimdeskInteractiveWrites ??= new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  return globalForWrites.claimdeskInteractiveWrites;
}

/** The counter's memory, for a worker thread to read (see useInteractiveWrites). */
export function interactiveWritesBuffer(): SharedArrayBuffer {
  return counter().buffer as SharedArrayBuffer;
}

/** In a worker thread: reads the request thread's counter from now on. */
export function useInteractiveWrites(buffer: SharedArrayBuffer): void {
  globalForWrites.claimdeskInteractiveWrites = new Int32Array(buffer);
}

/** Counts a write from now until the returned function is called (once). */
export function beginInteractiveWrite(): () => void {
  const writes = counter();
  Atomics.add(writes, 0, 1);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    // The last write out wakes the jobs that are waiting.
    if (Atomics.sub(writes, 0, 1) === 1) Atomics.notify(writes, 0);
  };
}

/**
 * Resolves once no write is in flight, or after `maxWaitMs` at the most. Background jobs await it
 * before each batch they read, so that one batch at a time is all a job can put in a save's way.
 * Answers whether writes were in flight: people are saving, and a job keeps its batches small.
 */
export async function yieldToInteractiveWrites(maxWaitMs = defaultMaxWaitMs): Promise<boolean> {
  const writes = counter();
  const deadline = performance.now() + maxWaitMs;
  let waited = false;
  for (let inFlight = Atomics.load(writes, 0); inFlight > 0; inFlight = Atomics.load(writes, 0)) {
    waited = true;
    const left = deadline - performance.now();
    if (left <= 0) return waited;
    const wait = Atomics.waitAsync(writes, 0, inFlight, left);
    // Not async: the count changed meanwhile; look again.
    if (wait.async) await wait.value;
  }
  return waited;
}
