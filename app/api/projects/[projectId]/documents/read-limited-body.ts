import "server-only";
import { AppError } from "@/lib/server/errors";

function tooLarge(maxBytes: number): AppError {
  const limitMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new AppError("payload_too_large", `The request is larger than the ${limitMb} MB limit`);
}

/**
 * The request body, refused with 413 as soon as it exceeds `maxBytes`: at once when the
 * declared content-length is too large, otherwise while reading (the length may be absent).
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(chunk.value);
    }
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
