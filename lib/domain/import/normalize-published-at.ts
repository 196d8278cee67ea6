import { ImportError } from "./import-error";

// ISO 8601 calendar dates, possibly partial, or a full date-time with optional offset.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?)?$/;

/** True for `2022`, `2022-10`, `2022-10-05`, `2022-10-05T14:30:00Z` and real dates only. */
export function isIsoPartialDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const year = Number(match[1]);
  return dayNumber >= 1 && dayNumber <= daysInMonth(year, monthNumber);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Trims a given publication date and rejects anything that is not ISO 8601. */
export function normalizePublishedAt(value: string): string {
  const trimmed = value.trim();
  if (!isIsoPartialDate(trimmed)) {
    throw new ImportError(
      "invalid_date",
      `"${value}" is not an ISO 8601 date; use e.g. "2022", "2022-10", "2022-10-05" or "2022-10-05T14:30:00Z"`,
    );
  }
  return trimmed;
}
