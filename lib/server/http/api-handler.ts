import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { type Caller, requireCaller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { beginInteractiveWrite } from "@/lib/server/jobs/interactive-writes";
import { requireSameOriginWrite } from "./cross-site-request";
import { errorResponse } from "./error-response";
import { answerKeyedWrite, idempotencyKeyOf } from "./idempotent-writes";

interface HandlerArgs<P> {
  request: NextRequest;
  params: P;
  caller: Caller;
}

/**
 * Wraps a route handler: refuses cross-site writes made with the session cookie (403), resolves
 * the caller (401 without one), passes the raw params, serializes the result as JSON and maps
 * every failure to the one error shape. Writes count as in flight until answered, so that
 * background jobs give way to them (lib/server/jobs/interactive-writes.ts). An `idempotent` route
 * answers a write sent again with the same Idempotency-Key as it answered the first time, without
 * applying it twice (lib/server/http/idempotent-writes.ts); its service makes its changes in one
 * row-locking transaction, whose result is the answer.
 */
export function apiHandler<P = Record<string, string>>(
  handler: (args: HandlerArgs<P>) => Promise<unknown> | unknown,
  options: { status?: number; idempotent?: boolean } = {},
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    const endWrite = request.method === "GET" || request.method === "HEAD" ? null : beginInteractiveWrite();
    try {
      requireSameOriginWrite(request);
      const caller = await requireCaller();
      const args = { request, params: await context.params, caller };
      const status = options.status ?? 200;
      const key = options.idempotent ? idempotencyKeyOf(request) : null;
      if (key === null) return jsonAnswer(await handler(args), status);
      const write = { userId: caller.id, key, request: `${request.method} ${new URL(request.url).pathname}` };
      return await answerKeyedWrite(write, async () => jsonAnswer(await handler(args), status), status);
    } catch (error) {
      return errorResponse(error);
    } finally {
      endWrite?.();
    }
  };
}

/** A handler's result as the response: JSON, or 204 without one. */
function jsonAnswer(result: unknown, status: number): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return Response.json(result, { status });
}

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A numeric id from the path; anything else cannot name a row, so it is a 404. */
export function parseId(value: string | undefined, what: string): number {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found", `${what} not found`);
  return parsed.data;
}

/** The JSON body, validated; 415 for another content type, 400 for bad JSON or fields. */
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw new AppError("unsupported_media_type", "Send the body as application/json");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON");
  }
  return parseInput(schema, body);
}

export function parseSearchParams<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return parseInput(schema, params);
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
    throw new AppError("bad_request", `Invalid input: ${summary}`, issues);
  }
  return parsed.data;
}
