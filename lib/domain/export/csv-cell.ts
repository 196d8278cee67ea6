/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell: quoted when it holds a comma, quote or line break (quotes doubled), and
 * prefixed with `'` when a spreadsheet would read it as a formula. The prefix changes the
 * value; the CSV is for reading in a spreadsheet, the JSONL export is the lossless one.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let cell = String(value);
  if (typeof value === "string" && FORMULA_TRIGGER.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
