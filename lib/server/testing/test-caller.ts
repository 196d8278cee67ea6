import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";

/**
 * Stands in for `@/lib/server/auth/caller` in route tests, which resolve their caller from a
 * session or a Bearer token in a real request: the test names the caller instead, with
 * `vi.mock("@/lib/server/auth/caller", () => import("@/lib/server/testing/test-caller"))` and
 * `actAs(user)` before each request.
 */
let current: Caller | null = null;

/** The caller of the requests that follow; null for a request with neither session nor token. */
export function actAs(caller: Caller | null): void {
  current = caller;
}

export async function getCaller(): Promise<Caller | null> {
  return current;
}

export async function requireCaller(): Promise<Caller> {
  if (!current) throw new AppError("unauthorized", "Sign in or send an API token");
  return current;
}

export function requireAdmin(caller: Caller): void {
  if (!caller.isAdmin) throw new AppError("forbidden", "Only instance admins may do this");
}
