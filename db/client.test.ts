import { describe, expect, it } from "vitest";
import { afterCommit, backgroundWorkSettled, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";

const db = await useTestDatabase();

/** Where work started through afterCommit ran: in the transaction (getDb() answering it) or outside. */
const placeOf = (tx: unknown) => (getDb() === tx ? "in the transaction" : "outside");

describe("afterCommit", () => {
  it("starts the work once the transaction has committed, outside it, also from a transaction that joined it", async () => {
    const seen: string[] = [];
    await db.transaction(async (tx) => {
      afterCommit(() => void seen.push(`outer work ${placeOf(tx)}`));
      await getDb().transaction(async () => {
        afterCommit(() => void seen.push(`joined work ${placeOf(tx)}`));
      });
      seen.push("commit");
    });
    expect(seen).toEqual(["commit", "outer work outside", "joined work outside"]);
  });

  it("never starts the work of a transaction that rolled back", async () => {
    const seen: string[] = [];
    const failing = db.transaction(async (tx) => {
      await tx.insert(users).values({ email: "rolled-back@test.example", name: "Rolled back", passwordHash: "x" });
      afterCommit(() => void seen.push("started"));
      throw new Error("undone");
    });
    await expect(failing).rejects.toThrow("undone");
    expect(seen).toEqual([]);
  });

  it("starts the work at once outside a transaction", () => {
    const seen: string[] = [];
    afterCommit(() => void seen.push("started"));
    expect(seen).toEqual(["started"]);
  });

  it("lets a process wait for the work it started, and for the work that work started in turn", async () => {
    const seen: string[] = [];
    const later = (ms: number, what: string) => new Promise<void>((resolve) => setTimeout(() => {
      seen.push(what);
      resolve();
    }, ms));
    await db.transaction(async () => {
      afterCommit(async () => {
        await later(20, "rebuilt");
        afterCommit(() => later(20, "rebuilt again"));
      });
    });
    expect(seen).toEqual([]);
    await backgroundWorkSettled();
    expect(seen).toEqual(["rebuilt", "rebuilt again"]);
    await backgroundWorkSettled();
  });
});
