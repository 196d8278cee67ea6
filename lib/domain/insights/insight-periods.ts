export const insightIntervals = ["month", "week", "quarter"] as const;
export type InsightInterval = (typeof insightIntervals)[number];

/** Why a document has no period: no date, or a date too coarse for the interval. */
export type UndatedReason = "missing" | "year_only" | "month_only";

export type PeriodPlacement = { period: string; undated?: never } | { period?: never; undated: UndatedReason };

const dayMs = 86_400_000;
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, read as a UTC calendar date. */
const epochDay = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / dayMs;

const dateOfEpochDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** The ISO 8601 week of a `YYYY-MM-DD` date, e.g. `2022-W41`; its year is the week's (2024-12-30 is in 2025-W01). */
export function isoWeekOf(date: string): string {
  const day = epochDay(date);
  // 1970-01-01 was a Thursday; the week's Thursday decides its year.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = new Date(thursday * dayMs).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / dayMs) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/**
 * The period of a stored publishedAt (`2022`, `2022-10`, `2022-10-05`, `2022-10-05T23:30-05:00`):
 * its UTC calendar date as written, never shifted by a time zone. A month-only date has a month and
 * a quarter but no week; a year-only date has none of them.
 */
export function placeInPeriod(publishedAt: string | null, interval: InsightInterval): PeriodPlacement {
  if (publishedAt === null || !/^\d{4}/.test(publishedAt)) return { undated: "missing" };
  if (!/^\d{4}-\d{2}/.test(publishedAt)) return { undated: "year_only" };
  const year = publishedAt.slice(0, 4);
  const month = Number(publishedAt.slice(5, 7));
  if (interval === "month") return { period: publishedAt.slice(0, 7) };
  if (interval === "quarter") return { period: `${year}-Q${Math.ceil(month / 3)}` };
  if (!/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) return { undated: "month_only" };
  return { period: isoWeekOf(publishedAt.slice(0, 10)) };
}

/** A period as a number that counts periods, so that ranges can be walked. */
function periodIndex(period: string, interval: InsightInterval): number {
  const year = Number(period.slice(0, 4));
  if (interval === "month") return year * 12 + Number(period.slice(5, 7)) - 1;
  if (interval === "quarter") return year * 4 + Number(period.slice(6)) - 1;
  // The Monday of week 1 is the Monday on or before January 4th.
  const january4 = epochDay(`${year}-01-04`);
  const firstMonday = january4 - ((((january4 + 3) % 7) + 7) % 7);
  return (firstMonday + (Number(period.slice(6)) - 1) * 7 + 3) / 7;
}

function periodAt(index: number, interval: InsightInterval): string {
  if (interval === "month") return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  if (interval === "quarter") return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return isoWeekOf(dateOfEpochDay(index * 7 - 3));
}

/** Every period from `first` to `last`, both included, in order. */
export function periodsBetween(first: string, last: string, interval: InsightInterval): string[] {
  const periods: string[] = [];
  const end = periodIndex(last, interval);
  for (let index = periodIndex(first, interval); index <= end; index++) periods.push(periodAt(index, interval));
  return periods;
}

/** The contiguous periods that hold `periods` (in any order, repeats allowed); none for none. */
export function periodRange(periods: Iterable<string>, interval: InsightInterval): string[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const period of periods) {
    if (first === undefined || period < first) first = period;
    if (last === undefined || period > last) last = period;
  }
  return first === undefined || last === undefined ? [] : periodsBetween(first, last, interval);
}
