import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { AccessWorld, AuthMode, Role } from "./access-world";

export interface CallArgs {
  api: APIRequestContext;
  role: Role;
  mode: AuthMode;
  world: AccessWorld;
}

/** Who may call one method of one route file, and a call that succeeds for them. */
export interface RouteAccess {
  /** `METHOD /api/…`, the path spelled as the route's folders are (`[projectId]`). */
  route: string;
  /** Roles whose call succeeds; the others are refused. */
  allow: readonly Role[];
  /**
   * Statuses of refused roles where they differ from the rule: 401 without a caller, 404 for a
   * user outside the project (its existence stays hidden), 403 for a member without the role.
   */
  refusals?: Partial<Record<Role, number>>;
  /** Where a call with an API token is answered otherwise than one with the session cookie. */
  byToken?: { allow: readonly Role[]; refusals?: Partial<Record<Role, number>> };
  call(args: CallArgs): Promise<APIResponse>;
}

export const members = ["annotator", "reviewer", "manager", "admin"] as const;
export const signedIn = ["outsider", ...members] as const;
export const managers = ["manager", "admin"] as const;
export const reviewers = ["reviewer", "manager", "admin"] as const;
export const annotators = ["annotator", "admin"] as const;

/** For instance-wide routes: a user outside the project is just another user without the right. */
export const instanceWide = { outsider: 403 } as const;

/** The status each role is expected to get, in one mode. */
export function expectedStatus(route: RouteAccess, role: Role, mode: AuthMode): "2xx" | number {
  const rules = mode === "token" && route.byToken ? route.byToken : route;
  if (rules.allow.includes(role)) return "2xx";
  const refusal = rules.refusals?.[role];
  if (refusal !== undefined) return refusal;
  return role === "anonymous" ? 401 : role === "outsider" ? 404 : 403;
}
