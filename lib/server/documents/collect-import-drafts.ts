import "server-only";
import {
  draftFromJsonDocument,
  jsonDocumentInputSchema,
  type DocumentDraft,
} from "@/lib/domain/import/document-draft";
import { describeZodError } from "@/lib/domain/import/describe-zod-error";
import { ImportError } from "@/lib/domain/import/import-error";
import { parseImportFile } from "@/lib/domain/import/parse-import-file";
import { countCodePoints } from "@/lib/domain/text/count-code-points";
import { contentHash } from "./content-hash";
import type { ImportErrorEntry } from "./import-report";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** A parsed document, ready to store, with the name the report uses for it. */
export interface PreparedDraft {
  file: string;
  draft: DocumentDraft;
  contentHash: string;
  chars: number;
}

/** Drafts stored together and recorded as one audit event: one file, or the JSON documents. */
export interface ImportUnit {
  name: string;
  /** Kept as the source's file name; null for JSON documents, which have none. */
  fileName: string | null;
  drafts: PreparedDraft[];
}

// Hashing and counting happen here, before the write transaction, to keep the lock short.
function prepare(file: string, draft: DocumentDraft): PreparedDraft {
  return { file, draft, contentHash: contentHash(draft.text), chars: countCodePoints(draft.text) };
}

/** Parses each file; a file with any error yields one error entry and no drafts. */
export function unitsFromFiles(
  files: readonly ImportFile[],
  maxFileBytes: number,
  errors: ImportErrorEntry[],
): ImportUnit[] {
  const units: ImportUnit[] = [];
  for (const file of files) {
    if (file.bytes.byteLength > maxFileBytes) {
      const limitMb = Math.round((maxFileBytes / 1024 / 1024) * 10) / 10;
      errors.push({ file: file.name, code: "file_too_large", message: `the file is larger than the ${limitMb} MB limit` });
      continue;
    }
    const parsed = parseImportFile(file);
    if (!parsed.ok) {
      errors.push({ file: file.name, ...parsed.error });
      continue;
    }
    units.push({
      name: file.name,
      fileName: file.name,
      drafts: parsed.documents.map((draft) => prepare(file.name, draft)),
    });
  }
  return units;
}

/** Validates each JSON item on its own; an invalid item is an error entry, the others import. */
export function unitFromJsonDocuments(documents: readonly unknown[], errors: ImportErrorEntry[]): ImportUnit {
  const drafts: PreparedDraft[] = [];
  documents.forEach((item, index) => {
    const name = `documents[${index}]`;
    const input = jsonDocumentInputSchema.safeParse(item);
    if (!input.success) {
      errors.push({ file: name, code: "invalid_document", message: describeZodError(input.error) });
      return;
    }
    try {
      drafts.push(prepare(name, draftFromJsonDocument(input.data, "json")));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      errors.push({ file: name, code: error.code, message: error.message });
    }
  });
  return { name: "documents", fileName: null, drafts };
}
