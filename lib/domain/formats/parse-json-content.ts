import { FormatError } from "./read-result";

/** A whole file as JSON, or a clear `invalid_json` error naming the file. */
export function parseJsonContent(content: string, document: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "unreadable JSON";
    throw new FormatError({ code: "invalid_json", message: `not valid JSON (${reason})`, document });
  }
}

/** JSON Lines: one value per non-blank line, each error naming its 1-based line. */
export function parseJsonLines(content: string, document: string): { value: unknown; line: number }[] {
  const values: { value: unknown; line: number }[] = [];
  content.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = index === 0 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim() === "") return;
    try {
      values.push({ value: JSON.parse(text), line: index + 1 });
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : "unreadable JSON";
      throw new FormatError({ code: "invalid_json", message: `not valid JSON (${reason})`, document, line: index + 1 });
    }
  });
  return values;
}
