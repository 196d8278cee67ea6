import { decodeImportBytes } from "@/lib/domain/import/decode-import-bytes";
import { ImportError } from "@/lib/domain/import/import-error";
import type { AnnotatedFile } from "./annotated-draft";
import { annotatedDraftFromClaimdesk } from "./annotated-draft-from-claimdesk";
import { annotatedDraftFromReader } from "./annotated-draft-from-reader";
import { readBrat, type SourceFile } from "./brat-reader";
import { unzipBratSources } from "./brat-zip";
import { readClaimdeskJsonl } from "./claimdesk-jsonl-reader";
import { readDoccano } from "./doccano-reader";
import { readLabelStudio } from "./labelstudio-reader";
import { FormatError, type ReadResult } from "./read-result";
import { looksLikeClaimdeskLine, looksLikeDoccanoRecord, looksLikeLabelStudioTask, sniffJsonValues } from "./sniff-json";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface AnnotatedFileError {
  file: string;
  code: string;
  message: string;
  line?: number;
}

export type AnnotatedFileResult = { ok: true; file: AnnotatedFile } | { ok: false; error: AnnotatedFileError };

/** An upload is either documents only (the plain import) or a file of annotated documents. */
export type RecognizedFile = { kind: "documents"; file: UploadedFile } | { kind: "annotated"; result: AnnotatedFileResult };

/** Extensions of annotated files, beside the plain import's (`.txt` and `.jsonl` may be either). */
export const annotatedImportExtensions = [".zip", ".ann", ".conf", ".json"] as const;

const lower = (name: string) => name.toLowerCase();
const stem = (name: string) => name.replace(/\.[^./]*$/, "");
const BRAT_CONFIG_FILES = new Set(["annotation.conf", "visual.conf"]);

/**
 * Sorts an import request's files by what they hold, from their names and first bytes: a `.zip`
 * of brat standoff; `.txt`/`.ann` pairs with the same base name (with any `annotation.conf`);
 * a `.json` of Label Studio tasks or doccano records; a `.jsonl` exported by Claimdesk or by
 * doccano. Everything else goes to the plain document import, untouched. Annotated files are
 * read here, each on its own: a bad one is an error and the others still import.
 */
export function recognizeImportFiles(files: readonly UploadedFile[], options: { maxUnpackedBytes: number }): RecognizedFile[] {
  const annStems = new Set(files.filter((file) => lower(file.name).endsWith(".ann")).map((file) => stem(file.name)));
  const texts = new Map(files.filter((file) => lower(file.name).endsWith(".txt")).map((file) => [stem(file.name), file]));
  const configs = annStems.size > 0 ? files.filter((file) => BRAT_CONFIG_FILES.has(lower(file.name))) : [];
  const recognized: RecognizedFile[] = [];
  for (const file of files) {
    const name = lower(file.name);
    if (configs.includes(file) || (name.endsWith(".txt") && annStems.has(stem(file.name)))) continue;
    if (name.endsWith(".ann")) {
      recognized.push(annotated(file.name, () => readBratPair(file, texts.get(stem(file.name)), configs)));
    } else if (name.endsWith(".zip")) {
      recognized.push(annotated(file.name, () => bratFile(file.name, `${file.name}/`, unzipBratSources(file.bytes, file.name, options.maxUnpackedBytes))));
    } else if (name.endsWith(".json")) {
      recognized.push(annotated(file.name, () => readJsonFile(file)));
    } else if (name.endsWith(".jsonl")) {
      const kind = sniffJsonl(file.bytes);
      recognized.push(kind === null ? { kind: "documents", file } : annotated(file.name, () => readJsonlFile(file, kind)));
    } else {
      recognized.push({ kind: "documents", file });
    }
  }
  return recognized;
}

function annotated(name: string, read: () => AnnotatedFile): RecognizedFile {
  try {
    return { kind: "annotated", result: { ok: true, file: read() } };
  } catch (error) {
    if (error instanceof FormatError) {
      const { code, message, line } = error.detail;
      return { kind: "annotated", result: { ok: false, error: { file: name, code, message, ...(line === undefined ? {} : { line }) } } };
    }
    if (error instanceof ImportError) {
      const entry: AnnotatedFileError = { file: name, code: error.code, message: error.message };
      if (error.line !== undefined) entry.line = error.line;
      return { kind: "annotated", result: { ok: false, error: entry } };
    }
    throw error;
  }
}

function unwrap<D>(result: ReadResult<D>): { documents: D[]; labels: string[] } {
  if (!result.ok) throw new FormatError(result.error, { located: true });
  return result;
}

function readBratPair(ann: UploadedFile, text: UploadedFile | undefined, configs: UploadedFile[]): AnnotatedFile {
  if (!text) {
    throw new FormatError({ code: "missing_text", message: `no ${stem(ann.name)}.txt was uploaded with this annotation file`, document: ann.name });
  }
  const sources: SourceFile[] = [
    { path: text.name, content: decodeImportBytes(text.bytes) },
    { path: ann.name, content: ann.bytes.byteLength === 0 ? "" : decodeImportBytes(ann.bytes) },
    ...configs.map((config) => ({ path: config.name, content: decodeImportBytes(config.bytes) })),
  ];
  return bratFile(ann.name, "", sources);
}

/** brat documents as annotated drafts; the name of each is its `.txt` path, after `prefix`. */
function bratFile(name: string, prefix: string, sources: SourceFile[]): AnnotatedFile {
  const { documents, labels } = unwrap(readBrat(sources));
  return {
    name,
    format: "brat",
    documents: documents.map((document) =>
      annotatedDraftFromReader(document, { format: "brat", name: `${prefix}${document.externalId ?? document.title}.txt`, useFileTitle: false }),
    ),
    declaredLabels: labels,
  };
}

function readJsonFile(file: UploadedFile): AnnotatedFile {
  const content = decodeImportBytes(file.bytes);
  const [first] = sniffJsonValues(content);
  if (looksLikeLabelStudioTask(first)) {
    const { documents } = unwrap(readLabelStudio(content, file.name));
    return {
      name: file.name,
      format: "labelstudio",
      documents: documents.map((document, index) =>
        annotatedDraftFromReader(document, { format: "labelstudio", name: `${file.name}: task ${index + 1}`, useFileTitle: true }),
      ),
      declaredLabels: [],
    };
  }
  if (looksLikeDoccanoRecord(first)) return doccanoFile(file.name, content);
  throw new FormatError({
    code: "unrecognized_format",
    message: 'expected Label Studio tasks (objects with "data") or doccano records (objects with "text" and "entities" or "label")',
    document: file.name,
  });
}

type JsonlKind = "claimdesk-jsonl" | "doccano";

function sniffJsonl(bytes: Uint8Array): JsonlKind | null {
  // The first line decides; a pretty-printed doccano file is read whole.
  const [first] = sniffJsonValues(new TextDecoder().decode(bytes.subarray(0, firstLineEnd(bytes))));
  const value = first ?? sniffJsonValues(new TextDecoder().decode(bytes))[0];
  if (looksLikeClaimdeskLine(value)) return "claimdesk-jsonl";
  if (looksLikeDoccanoRecord(value)) return "doccano";
  return null;
}

/** The end of the first line that is not blank. */
function firstLineEnd(bytes: Uint8Array): number {
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(10, start);
    if (end < 0) return bytes.length;
    for (let i = start; i < end; i++) if (bytes[i]! > 32) return end;
    start = end + 1;
  }
}

function readJsonlFile(file: UploadedFile, kind: JsonlKind): AnnotatedFile {
  const content = decodeImportBytes(file.bytes);
  if (kind === "doccano") return doccanoFile(file.name, content);
  const { documents } = unwrap(readClaimdeskJsonl(content, file.name));
  return {
    name: file.name,
    format: "claimdesk-jsonl",
    documents: documents.map((document) => annotatedDraftFromClaimdesk(document, `${file.name} (document ${document.id})`)),
    declaredLabels: [],
  };
}

function doccanoFile(name: string, content: string): AnnotatedFile {
  const { documents } = unwrap(readDoccano(content, name));
  return {
    name,
    format: "doccano",
    documents: documents.map((document, index) =>
      annotatedDraftFromReader(document, { format: "doccano", name: `${name}: record ${index + 1}`, useFileTitle: false }),
    ),
    declaredLabels: [],
  };
}
