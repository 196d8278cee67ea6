import "server-only";
import { getDb } from "@/db/client";
import type { ClaimStatus } from "@/db/schema";
import { matchesSearch } from "@/lib/domain/project/catalog-text";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { type ClaimView, readClaims } from "./claim-view";

/** Any member browses the claim catalog; proposed claims come first, as they await a decision. */
export async function listClaims(options: {
  caller: Caller;
  projectId: number;
  query?: string;
  status?: ClaimStatus;
}): Promise<ClaimView[]> {
  const { caller, projectId, query, status } = options;
  await requireProjectRole(caller, projectId);
  const items = await readClaims(getDb(), projectId, { status });
  const matching = query
    ? items.filter((claim) => matchesSearch(claim.statement, query) || matchesSearch(claim.description, query))
    : items;
  return matching.sort((a, b) => Number(b.status === "proposed") - Number(a.status === "proposed") || a.id - b.id);
}
