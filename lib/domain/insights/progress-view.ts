import { isoWeekOf } from "./insight-periods";

export interface AnnotatorProgress {
  userId: number;
  name: string;
  email: string;
  /** Submissions per UTC day; days without any are left out. */
  submittedPerDay: Record<string, number>;
  /** From the assignment's start to its submission; null without a timed submission. */
  medianSecondsPerDocument: number | null;
  /**
   * Exact span F1 against the gold set, per ISO week of submission, over that week's submitted
   * documents that were adjudicated; null for a week without any.
   */
  agreementOverTime: { week: string; f1: number | null }[];
}

export interface ProgressView {
  /** Every UTC day from the first submission to the last. */
  days: string[];
  /** By name, then by id. */
  annotators: AnnotatorProgress[];
  /** Submissions still needed for every document to reach the project's annotators per document. */
  queueRemaining: number;
}

export interface Submission {
  userId: number;
  submittedAt: Date;
  /** When the annotator began work on the document; null when no event says. */
  startedAt: Date | null;
}

/** One submitted set of an adjudicated document compared with its gold set. */
export interface GoldMatch {
  userId: number;
  submittedAt: Date;
  /** The annotator's spans. */
  own: number;
  /** Their spans with a gold span at the same offsets, layer and label. */
  matched: number;
  /** The document's gold spans. */
  gold: number;
}

const dayMs = 86_400_000;

/** UTC days and their ISO weeks, each worked out once: a project has thousands of submissions a day. */
class Calendar {
  private readonly days = new Map<number, { day: string; week: string }>();

  of(at: Date): { day: string; week: string } {
    const index = Math.floor(at.getTime() / dayMs);
    let entry = this.days.get(index);
    if (!entry) {
      const day = new Date(index * dayMs).toISOString().slice(0, 10);
      this.days.set(index, (entry = { day, week: isoWeekOf(day) }));
    }
    return entry;
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function daysBetween(first: number, last: number): string[] {
  const days: string[] = [];
  for (let at = first; at <= last; at += dayMs) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

function weeklyF1(weeks: readonly string[], matches: readonly GoldMatch[], calendar: Calendar): AnnotatorProgress["agreementOverTime"] {
  const sums = new Map<string, { matched: number; sizes: number }>();
  for (const match of matches) {
    const { week } = calendar.of(match.submittedAt);
    const sum = sums.get(week) ?? { matched: 0, sizes: 0 };
    // One-to-one: a gold span matches at most one of the annotator's spans.
    sum.matched += Math.min(match.matched, match.own, match.gold);
    sum.sizes += match.own + match.gold;
    sums.set(week, sum);
  }
  return weeks.map((week) => {
    const sum = sums.get(week);
    return { week, f1: sum && sum.sizes > 0 ? (2 * sum.matched) / sum.sizes : null };
  });
}

function groupByUser<T extends { userId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.userId);
    if (group) group.push(row);
    else groups.set(row.userId, [row]);
  }
  return groups;
}

/** Throughput, time per document and agreement with gold, per annotator. */
export function buildProgressView(input: {
  annotators: readonly { userId: number; name: string; email: string }[];
  submissions: readonly Submission[];
  goldMatches: readonly GoldMatch[];
  queueRemaining: number;
}): ProgressView {
  const submissionsOf = groupByUser(input.submissions);
  const goldMatchesOf = groupByUser(input.goldMatches);
  const calendar = new Calendar();
  let first = Infinity;
  let last = -Infinity;
  for (const { submittedAt } of input.submissions) {
    const day = Math.floor(submittedAt.getTime() / dayMs) * dayMs;
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  const annotators = [...input.annotators]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.userId - b.userId))
    .map(({ userId, name, email }): AnnotatorProgress => {
      const submissions = submissionsOf.get(userId) ?? [];
      const submittedPerDay: Record<string, number> = {};
      const weeks = new Set<string>();
      const durations: number[] = [];
      for (const { submittedAt, startedAt } of submissions) {
        const { day, week } = calendar.of(submittedAt);
        submittedPerDay[day] = (submittedPerDay[day] ?? 0) + 1;
        weeks.add(week);
        if (startedAt && startedAt <= submittedAt) durations.push((submittedAt.getTime() - startedAt.getTime()) / 1000);
      }
      return {
        userId,
        name,
        email,
        submittedPerDay,
        medianSecondsPerDocument: median(durations),
        agreementOverTime: weeklyF1([...weeks].sort(), goldMatchesOf.get(userId) ?? [], calendar),
      };
    });
  return {
    days: input.submissions.length === 0 ? [] : daysBetween(first, last),
    annotators,
    queueRemaining: input.queueRemaining,
  };
}
