import "server-only";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "./database-unavailable";

/** The one place where failures become HTTP responses: `{"error":{"code","message","details?"}}`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
    return Response.json(body, { status: error.status, headers: error.headers });
  }
  console.error(error);
  if (isDatabaseUnavailable(error)) {
    return Response.json(
      { error: { code: "unavailable", message: "The database is not reachable; try again shortly" } },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on the server" } },
    { status: 500 },
  );
}
