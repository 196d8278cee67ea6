import "server-only";

/** Requests in flight to one model server at most, from this app server. */
export const MODEL_SERVER_CONCURRENCY = 4;

const queues = new Map<string, { active: number; waiting: (() => void)[] }>();

/**
 * Runs `task` once fewer than MODEL_SERVER_CONCURRENCY tasks for the same endpoint are running,
 * so that a busy project never floods a small backend (a spaCy process serves one request at a time).
 */
export async function withEndpointSlot<T>(endpoint: string, task: () => Promise<T>): Promise<T> {
  let queue = queues.get(endpoint);
  if (!queue) {
    queue = { active: 0, waiting: [] };
    queues.set(endpoint, queue);
  }
  const slots = queue;
  if (slots.active >= MODEL_SERVER_CONCURRENCY) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.active++;
  try {
    return await task();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else if (--slots.active === 0) queues.delete(endpoint);
  }
}
