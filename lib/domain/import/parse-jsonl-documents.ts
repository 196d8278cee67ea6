import { draftFromJsonDocument, jsonDocumentInputSchema, type DocumentDraft } from "./document-draft";
import { describeZodError } from "./describe-zod-error";
import { ImportError, rethrowAtLine } from "./import-error";

const DOCUMENT_KEYS = new Set(Object.keys(jsonDocumentInputSchema.shape));

/**
 * One JSON document per line (blank lines skipped). All or nothing: the first bad line
 * throws an ImportError naming its 1-based line number.
 */
export function parseJsonlDocuments(content: string): DocumentDraft[] {
  const drafts: DocumentDraft[] = [];
  content.split(/\r\n?|\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : "unreadable JSON";
      throw new ImportError("invalid_json", `line ${lineNumber} is not valid JSON (${reason})`, lineNumber);
    }
    const parsed = jsonDocumentInputSchema.safeParse(liftUnknownKeysIntoMetadata(value));
    if (!parsed.success) {
      throw new ImportError("invalid_document", `line ${lineNumber}: ${describeZodError(parsed.error)}`, lineNumber);
    }
    try {
      drafts.push(draftFromJsonDocument(parsed.data, "jsonl"));
    } catch (error) {
      rethrowAtLine(error, lineNumber);
    }
  });
  return drafts;
}

/**
 * Lines exported by other tools carry their own fields (doccano's `id`, `label`); they are
 * kept as metadata, like extra CSV columns, instead of failing the file.
 */
function liftUnknownKeysIntoMetadata(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const known: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (DOCUMENT_KEYS.has(key)) known[key] = field;
    else extra[key] = field;
  }
  if (Object.keys(extra).length === 0) return value;
  const given = known.metadata;
  if (given !== undefined && !isPlainObject(given)) return value; // let validation report it
  return { ...known, metadata: { ...extra, ...given } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
