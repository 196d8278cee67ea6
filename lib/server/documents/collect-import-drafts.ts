import "server-only";
import type { AnnotatedDraft } from "@/lib/domain/formats/annotated-draft";
import { recognizeImportFiles } from "@/lib/domain/formats/recognize-import-files";
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
import { searchIndex } from "./search-index/search-index";

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
  /** What the word index stores for the document. */
  searchBody: string;
  /** Documents of annotated files come with their annotations. */
  annotated?: AnnotatedDraft;
}

/** Drafts stored together and recorded as one audit event: one file, or the JSON documents. */
export interface ImportUnit {
  name: string;
  /** Kept as the source's file name; null for JSON documents, which have none. */
  fileName: string | null;
  drafts: PreparedDraft[];
  /** Entity labels an annotated file declares (brat's annotation.conf). */
  declaredLabels?: string[];
}

/** How much a zip may unpack to, as a multiple of the upload limit. */
const UNPACKED_PER_UPLOADED = 4;

// Hashing, counting and the search body happen here, before the write transaction, to keep it short.
function prepare(file: string, draft: DocumentDraft): PreparedDraft {
  return {
    file,
    draft,
    contentHash: contentHash(draft.text),
    chars: countCodePoints(draft.text),
    searchBody: searchIndex().toBody(draft.title, draft.text),
  };
}

/**
 * Parses each file, or each group of files that belong together (brat `.txt`/`.ann` pairs);
 * a file with any error yields one error entry and no drafts.
 */
export function unitsFromFiles(
  files: readonly ImportFile[],
  maxFileBytes: number,
  errors: ImportErrorEntry[],
): ImportUnit[] {
  const units: ImportUnit[] = [];
  const accepted = files.filter((file) => {
    if (file.bytes.byteLength <= maxFileBytes) return true;
    const limitMb = Math.round((maxFileBytes / 1024 / 1024) * 10) / 10;
    errors.push({ file: file.name, code: "file_too_large", message: `the file is larger than the ${limitMb} MB limit` });
    return false;
  });
  for (const recognized of recognizeImportFiles(accepted, { maxUnpackedBytes: maxFileBytes * UNPACKED_PER_UPLOADED })) {
    if (recognized.kind === "annotated") {
      const { result } = recognized;
      if (!result.ok) {
        errors.push(result.error);
        continue;
      }
      const { name, documents, declaredLabels } = result.file;
      units.push({
        name,
        fileName: name,
        drafts: documents.map((document) => ({ ...prepare(document.name, document.draft), annotated: document })),
        declaredLabels,
      });
      continue;
    }
    const { file } = recognized;
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
  // Errors in the order of the request's files, whichever step found them.
  const position = new Map(files.map((file, index) => [file.name, index] as const).reverse());
  errors.sort((a, b) => (position.get(a.file) ?? files.length) - (position.get(b.file) ?? files.length));
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
