import { AsyncLocalStorage } from "node:async_hooks";

/**
 * One SQLite connection serves the whole process, and a transaction on it spans `await`s, so
 * statements of other requests must not run on the connection while a transaction is open: they
 * would join it (and be rolled back with it). The gate lets one transaction in at a time and holds
 * every statement from outside it until it ends; statements from inside it (recognised by their
 * async context) pass at once.
 */
export class TransactionGate {
  private readonly context = new AsyncLocalStorage<symbol>();
  private holder: symbol | null = null;
  private released: Promise<void> = Promise.resolve();

  /** Resolves when a statement of the current async context may run on the connection. */
  async waitTurn(): Promise<void> {
    while (this.holder !== null && this.context.getStore() !== this.holder) await this.released;
  }

  /** Runs `work` as the gate's one transaction, after any transaction before it has ended. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const inner = this.context.getStore();
    if (inner !== undefined && inner === this.holder) throw new Error("A transaction is already open in this context; nest it with tx.transaction");
    while (this.holder !== null) await this.released;
    const token = Symbol("transaction");
    let release = () => {};
    this.holder = token;
    this.released = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      return await this.context.run(token, work);
    } finally {
      this.holder = null;
      release();
    }
  }
}
