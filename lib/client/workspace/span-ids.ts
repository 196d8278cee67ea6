/** Raised to writes queued behind a span whose creation the server refused. */
class CreationFailed extends Error {
  constructor() {
    super("The span was not created");
  }
}

interface Pending {
  promise: Promise<number>;
  resolve(id: number): void;
  reject(error: unknown): void;
}

/**
 * Temporary ids of spans created in this session and the server ids they become.
 * A span keeps one write scope for its whole life, whichever id it is known by.
 */
export class SpanIds {
  private readonly serverIds = new Map<number, number>();
  private readonly tempIds = new Map<number, number>();
  private readonly pending = new Map<number, Pending>();

  /** Registers a creation under way; the caller settles it when the POST is answered. */
  expect(tempId: number): Pick<Pending, "resolve" | "reject"> {
    let settle!: Pick<Pending, "resolve" | "reject">;
    const promise = new Promise<number>((resolve, reject) => {
      settle = { resolve, reject };
    });
    promise.catch(() => undefined); // Waiters handle it; nobody waiting is fine too.
    this.pending.set(tempId, { promise, ...settle });
    return {
      resolve: (id) => {
        this.serverIds.set(tempId, id);
        this.tempIds.set(id, tempId);
        this.pending.delete(tempId);
        settle.resolve(id);
      },
      reject: () => {
        this.pending.delete(tempId);
        settle.reject(new CreationFailed());
      },
    };
  }

  /** The id the span has now in the cache: its server id once known. */
  current(id: number): number {
    return this.serverIds.get(id) ?? id;
  }

  scopeOf(id: number): string {
    return `span:${this.tempIds.get(id) ?? id}`;
  }

  /** The server id, waiting for the creation if it is still on its way. */
  async resolve(id: number): Promise<number> {
    if (id > 0) return id;
    const known = this.serverIds.get(id);
    if (known !== undefined) return known;
    const pending = this.pending.get(id);
    if (!pending) throw new CreationFailed();
    return pending.promise;
  }

  isCreationFailure(error: unknown): boolean {
    return error instanceof CreationFailed;
  }
}
