import "server-only";
import { createHash } from "node:crypto";

/** SHA-256 hex of a document's (already normalized) text; a project holds each text once. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
