import "server-only";
import type { ImportFile } from "@/lib/server/documents/collect-import-drafts";
import type { ImportAnnotationsAs } from "@/lib/server/documents/import-documents";
import { AppError } from "@/lib/server/errors";
import { parseInput } from "@/lib/server/http/api-handler";
import { importAnnotationsFields, importDocumentsJsonBody } from "./documents.types";
import { readLimitedBody } from "./read-limited-body";

export type ImportRequest = { files: ImportFile[]; annotationsAs: ImportAnnotationsAs } | { documents: unknown[] };

/**
 * Files from `multipart/form-data` (field `files`, with `annotations` and `annotatorId` saying
 * where annotated files' annotations go) or items from JSON `{"documents":[…]}`.
 */
export async function readImportRequest(request: Request, maxBytes: number): Promise<ImportRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase();
  if (mediaType === "multipart/form-data") {
    return readFiles(await readLimitedBody(request, maxBytes), contentType);
  }
  if (mediaType === "application/json") {
    return { documents: readJsonDocuments(await readLimitedBody(request, maxBytes)) };
  }
  throw new AppError("unsupported_media_type", "Send files as multipart/form-data or documents as application/json");
}

async function readFiles(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<{ files: ImportFile[]; annotationsAs: ImportAnnotationsAs }> {
  let form: FormData;
  try {
    // The body is already read within the limit; Response parses the multipart framing.
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("bad_request", "The body is not valid multipart/form-data");
  }
  const files = form.getAll("files").filter((entry): entry is File => typeof entry !== "string");
  if (files.length === 0) throw new AppError("bad_request", "Attach at least one file in the form field `files`");
  const fields = Object.fromEntries([...form.entries()].filter(([name, value]) => name !== "files" && typeof value === "string"));
  return {
    files: await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))),
    annotationsAs: parseInput(importAnnotationsFields, fields),
  };
}

function readJsonDocuments(body: Uint8Array): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON");
  }
  return parseInput(importDocumentsJsonBody, value).documents;
}
