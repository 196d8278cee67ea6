import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/server/errors";

const cursorIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Opaque to clients, so that the keyset behind it may change without breaking them. */
export function encodeDocumentCursor(lastId: number): string {
  return Buffer.from(`after:${lastId}`, "utf8").toString("base64url");
}

/** The id the next page starts after. */
export function decodeDocumentCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const parsed = cursorIdSchema.safeParse(decoded.startsWith("after:") ? decoded.slice(6) : undefined);
  if (!parsed.success) throw new AppError("bad_request", "The cursor is not valid; start again without one");
  return parsed.data;
}
