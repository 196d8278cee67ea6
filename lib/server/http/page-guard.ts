import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/server/errors";

/** For pages: a row the caller may not see renders the 404 page instead of an error. */
export function orNotFound<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
