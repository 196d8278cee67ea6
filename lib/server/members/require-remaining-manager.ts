import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships } from "@/db/schema";
import { AppError } from "@/lib/server/errors";

/** Called after a change inside its transaction: throwing rolls the change back. */
export async function requireRemainingManager(tx: Db, projectId: number): Promise<void> {
  const [row] = await tx
    .select({ managers: count() })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.role, "manager")));
  if ((row?.managers ?? 0) === 0) {
    throw new AppError("conflict", "A project must keep at least one manager; make someone else manager first");
  }
}
