import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";

/** An admin inserted directly (services need a caller) and a fresh project it manages. */
export async function createBenchWorkspace(name: string): Promise<{ caller: Caller; projectId: number }> {
  const row = firstRow(
    await getDb()
      .insert(users)
      .values({ email: `bench-${name}-${Date.now()}@bench.example`, name: "Bench", passwordHash: "unusable", isAdmin: true })
      .returning(),
    "bench admin",
  );
  const caller: Caller = { id: row.id, email: row.email, name: row.name, isAdmin: true };
  return { caller, projectId: (await createProject({ caller, name })).id };
}
