import "server-only";
import { notFound, redirect } from "next/navigation";
import { type Caller, getCaller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";

/**
 * For pages: the signed-in caller, or a redirect to the sign-in page. A page renders alongside
 * its layout, so it must not rely on the layout's redirect having happened first.
 */
export async function requirePageCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (!caller) redirect("/signin");
  return caller;
}

/** For pages: a row the caller may not see renders the 404 page instead of an error. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
