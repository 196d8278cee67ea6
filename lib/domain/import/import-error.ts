/** Stable codes: the API returns them and clients may branch on them. */
export const importErrorCodes = [
  "empty_file",
  "binary_file",
  "invalid_encoding",
  "unsupported_extension",
  "invalid_json",
  "invalid_document",
  "invalid_csv",
  "no_content",
  "invalid_date",
  "invalid_language",
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/** Why an input cannot become a document; `line` is 1-based when the input has lines. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly line: number | undefined;

  constructor(code: ImportErrorCode, message: string, line?: number) {
    super(message);
    this.name = "ImportError";
    this.code = code;
    this.line = line;
  }
}

/** Re-throws an ImportError raised for one line of a file, naming that line. */
export function rethrowAtLine(error: unknown, line: number): never {
  if (error instanceof ImportError) throw new ImportError(error.code, `line ${line}: ${error.message}`, line);
  throw error;
}
