import "server-only";
import { AppError } from "@/lib/server/errors";
import { databaseFailureOf } from "./database-unavailable";

const unavailable = () =>
  new AppError("unavailable", "The database is not reachable; try again shortly", undefined, { "Retry-After": "5" });
const storageFull = () =>
  new AppError("storage_full", "The database's disk is full, so nothing was saved; writes work again once space is freed");

/** The one place where failures become HTTP responses: `{"error":{"code","message","details?"}}`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return appErrorResponse(error);
  console.error(error);
  const failure = databaseFailureOf(error);
  if (failure === "unavailable") return appErrorResponse(unavailable());
  if (failure === "storage_full") return appErrorResponse(storageFull());
  return appErrorResponse(new AppError("internal", "Something went wrong on the server"));
}

function appErrorResponse(error: AppError): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
  return Response.json(body, { status: error.status, headers: error.headers });
}
