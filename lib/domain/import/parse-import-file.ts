import { normalizeLineEndings } from "../text/normalize-text";
import { decodeImportBytes } from "./decode-import-bytes";
import type { DocumentDraft } from "./document-draft";
import { draftFromHtml, draftFromPlainText } from "./draft-from-source";
import { ImportError } from "./import-error";
import { parseCsvDocuments } from "./parse-csv-documents";
import { parseJsonlDocuments } from "./parse-jsonl-documents";
import { looksLikeHtml } from "./sniff-html";

export interface ImportFileError {
  code: string;
  message: string;
  line?: number;
}

export type ParsedImportFile = { ok: true; documents: DocumentDraft[] } | { ok: false; error: ImportFileError };

export const supportedImportExtensions = [".txt", ".html", ".htm", ".jsonl", ".csv"] as const;
type SupportedExtension = (typeof supportedImportExtensions)[number];

/** Turns one uploaded file into document drafts; a file with any bad part yields none. */
export function parseImportFile(file: { name: string; bytes: Uint8Array }): ParsedImportFile {
  try {
    return { ok: true, documents: draftsFromFile(file) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const importError: ImportFileError = { code: error.code, message: error.message };
    if (error.line !== undefined) importError.line = error.line;
    return { ok: false, error: importError };
  }
}

function draftsFromFile(file: { name: string; bytes: Uint8Array }): DocumentDraft[] {
  const extension = supportedExtensionOf(file.name);
  if (extension === null) {
    throw new ImportError(
      "unsupported_extension",
      `"${file.name}" is not a supported file type; upload ${supportedImportExtensions.join(", ")} files, or annotated files (brat .zip or .txt with .ann, Label Studio .json, doccano or Claimdesk .jsonl)`,
    );
  }
  const content = decodeImportBytes(file.bytes);
  switch (extension) {
    case ".txt":
      return looksLikeHtml(content)
        ? [draftFromHtml(content, {}, "html")]
        : [draftFromPlainText(content, {}, "text")];
    case ".html":
    case ".htm":
      return [draftFromHtml(content, {}, "html")];
    case ".jsonl":
      return parseJsonlDocuments(content);
    case ".csv":
      return parseCsvDocuments(normalizeLineEndings(content));
  }
}

function supportedExtensionOf(fileName: string): SupportedExtension | null {
  const lower = fileName.toLowerCase();
  return supportedImportExtensions.find((extension) => lower.endsWith(extension)) ?? null;
}
