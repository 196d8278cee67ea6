import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { type MemberView, readMembers } from "./member-view";

/** Managers see who belongs to the project and with which roles. */
export async function listMembers(options: { caller: Caller; projectId: number }): Promise<MemberView[]> {
  await requireProjectRole(options.caller, options.projectId, "manager");
  return readMembers(getDb(), options.projectId);
}
