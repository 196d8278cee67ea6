import { parse } from "csv-parse/sync";
import { draftFromJsonDocument, jsonDocumentInputSchema, type DocumentDraft } from "./document-draft";
import { describeZodError } from "./describe-zod-error";
import { ImportError, rethrowAtLine } from "./import-error";

type DocumentField = "title" | "text" | "html" | "language" | "publishedAt" | "externalId" | "sourceUrl";

/** Header spellings, compared without case, spaces, `_` or `-` (`published_at` = `publishedAt`). */
const FIELD_BY_HEADER: Readonly<Record<string, DocumentField>> = {
  title: "title",
  text: "text",
  html: "html",
  language: "language",
  lang: "language",
  publishedat: "publishedAt",
  externalid: "externalId",
  sourceurl: "sourceUrl",
};

interface CsvRecordWithInfo {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * A header row, then one document per row. Unknown columns become metadata. All or
 * nothing: the first bad row throws an ImportError naming the file line it starts on.
 */
export function parseCsvDocuments(content: string): DocumentDraft[] {
  const rows = parseRows(content);
  const [header, ...records] = rows;
  if (!header) throw new ImportError("invalid_csv", "the CSV file has no header row");
  const columns = header.record.map((name) => FIELD_BY_HEADER[headerKey(name)] ?? null);
  if (!columns.includes("text") && !columns.includes("html")) {
    throw new ImportError(
      "invalid_csv",
      `the CSV header needs a "text" or "html" column (comma-separated columns: title,text,html,language,published_at,external_id,source_url); found: ${header.record.join(", ")}`,
      1,
    );
  }
  const duplicate = header.record.find((name, index) => header.record.findIndex((other) => headerKey(other) === headerKey(name)) !== index);
  if (duplicate !== undefined) throw new ImportError("invalid_csv", `the CSV header repeats the column "${duplicate}"`, 1);
  if (records.length === 0) throw new ImportError("invalid_csv", "the CSV file has a header row but no documents", 1);

  return records.map((row) => {
    const line = firstLineOf(row);
    const input: Record<string, unknown> = {};
    const metadata: Record<string, string> = {};
    row.record.forEach((cell, index) => {
      if (cell.trim() === "") return; // an empty cell means "not given"
      const field = columns[index];
      if (field) input[field] = cell;
      else metadata[header.record[index] ?? `column_${index + 1}`] = cell;
    });
    if (Object.keys(metadata).length > 0) input.metadata = metadata;
    const parsed = jsonDocumentInputSchema.safeParse(input);
    if (!parsed.success) throw new ImportError("invalid_document", `line ${line}: ${describeZodError(parsed.error)}`, line);
    try {
      return draftFromJsonDocument(parsed.data, "csv");
    } catch (error) {
      return rethrowAtLine(error, line);
    }
  });
}

function parseRows(content: string): CsvRecordWithInfo[] {
  let rows: unknown[];
  try {
    // With `info` and `raw`, csv-parse returns `{ record, raw, info }` per row (not in its types).
    // `relax_quotes` accepts hand-written cells such as `He said "no"` without quoting.
    rows = parse(content, {
      info: true,
      raw: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    });
  } catch (error) {
    const line = unclosedQuoteLine(content) ?? csvErrorLine(error);
    const reason = error instanceof Error ? error.message : "unreadable CSV";
    throw new ImportError("invalid_csv", `the CSV file cannot be read: ${reason}`, line);
  }
  return rows.filter(isRecordWithInfo);
}

function isRecordWithInfo(row: unknown): row is CsvRecordWithInfo {
  if (typeof row !== "object" || row === null) return false;
  if (!("record" in row) || !("raw" in row) || !("info" in row)) return false;
  const { record, raw, info } = row;
  return Array.isArray(record) && typeof raw === "string" && typeof info === "object" && info !== null && "lines" in info;
}

/** csv-parse reports the line a record ends on; a quoted cell may span several lines. */
function firstLineOf(row: CsvRecordWithInfo): number {
  const recordText = row.raw.replace(/^\n+/, "").replace(/\r?\n$/, "");
  const innerLineBreaks = recordText.split("\n").length - 1;
  return row.info.lines - innerLineBreaks;
}

/**
 * The line a quoted cell opens on that no quote closes. csv-parse reports where it gave up, the
 * end of the file, which is no help in finding the stray quote.
 */
function unclosedQuoteLine(content: string): number | undefined {
  let line = 1;
  let quotedSince: number | undefined;
  let atCellStart = true;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (quotedSince !== undefined) {
      if (char === '"' && content[i + 1] === '"') i++;
      else if (char === '"') quotedSince = undefined;
      else if (char === "\n") line++;
      continue;
    }
    if (char === '"' && atCellStart) quotedSince = line;
    if (char === "\n") line++;
    if (char !== "\r") atCellStart = char === "," || char === "\n";
  }
  return quotedSince;
}

function csvErrorLine(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("lines" in error)) return undefined;
  return typeof error.lines === "number" ? error.lines : undefined;
}

function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, "");
}
