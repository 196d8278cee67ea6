import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";

/** An admin inserted directly (services need a caller) and a fresh project it manages. */
export function createBenchWorkspace(name: string): { caller: Caller; projectId: number } {
  const row = getDb()
    .insert(users)
    .values({ email: `bench-${name}-${Date.now()}@bench.example`, name: "Bench", passwordHash: "unusable", isAdmin: true })
    .returning()
    .get();
  const caller: Caller = { id: row.id, email: row.email, name: row.name, isAdmin: true };
  return { caller, projectId: createProject({ caller, name }).id };
}
