import type { DemoAnnotatedArticle, DemoAnnotator, DemoAnnotatorWork } from "./demo-work-model";

/** One annotator's sitting over one article: opened at `startedAt`, handed in at `submittedAt` (null: still open). */
export interface DemoSession {
  article: DemoAnnotatedArticle;
  work: DemoAnnotatorWork;
  startedAt: Date;
  /** When the last span or label was saved. */
  lastEditAt: Date;
  submittedAt: Date | null;
}

export interface DemoReviewSession {
  article: DemoAnnotatedArticle & { review: NonNullable<DemoAnnotatedArticle["review"]> };
  startedAt: Date;
  finishedAt: Date;
}

export interface DemoHistoryPlan {
  /** When the workspace was set up and its articles imported. */
  setUpAt: Date;
  /** When the manager handed the articles out. */
  assignedAt: Date;
  sessions: DemoSession[];
  reviews: DemoReviewSession[];
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
/** Days the history spans: the day of assignment, the annotators' working days, the last review. */
const historyDays = 14;
/** Each annotator's pace: the day after assignment they begin on, how many days they work, how long a sitting takes. */
const paces: Record<DemoAnnotator, { firstDay: number; days: number; startsAt: number; extraMinutes: number }> = {
  alice: { firstDay: 1, days: 11, startsAt: 9 * hour, extraMinutes: 0 },
  bob: { firstDay: 3, days: 9, startsAt: 10 * hour + 20 * minute, extraMinutes: 4 },
};

/**
 * When the demo's work happened: over the two weeks before `now` (UTC days), each annotator
 * taking one or two articles a day in the order listed, a sitting lasting longer for more spans,
 * and the reviewer adjudicating an article the day after its last submission.
 */
export function planDemoHistory(articles: readonly DemoAnnotatedArticle[], now: Date): DemoHistoryPlan {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const firstDay = today - historyDays * day;
  const sessions: DemoSession[] = [];
  for (const annotator of ["alice", "bob"] as const) {
    const pace = paces[annotator];
    const own = articles.flatMap((article) => article.work.filter((w) => w.annotator === annotator).map((work) => ({ article, work })));
    own.forEach(({ article, work }, index) => {
      const dayNumber = pace.firstDay + Math.floor((index * pace.days) / own.length);
      const started = firstDay + dayNumber * day + pace.startsAt + (index % 3) * 2 * hour + ((index * 17) % 30) * minute;
      const spans = article.reading.mentions.length + article.reading.claims.length;
      const minutes = 4 + pace.extraMinutes + Math.round(spans * 1.5) + ((index * 7) % 6);
      sessions.push({
        article,
        work,
        startedAt: new Date(started),
        lastEditAt: new Date(started + (minutes - 1) * minute),
        submittedAt: work.submitted === false ? null : new Date(started + minutes * minute),
      });
    });
  }
  const reviews: DemoReviewSession[] = [];
  for (const article of articles) {
    const { review } = article;
    if (!review) continue;
    const submitted = sessions.flatMap((s) => (s.article === article && s.submittedAt ? [s.submittedAt.getTime()] : []));
    if (submitted.length === 0) throw new Error(`${article.file} is reviewed but nobody submits it`);
    const lastDay = Math.floor(Math.max(...submitted) / day) * day;
    const started = lastDay + day + 13 * hour + (reviews.length % 4) * 40 * minute;
    reviews.push({ article: { ...article, review }, startedAt: new Date(started), finishedAt: new Date(started + 15 * minute) });
  }
  return { setUpAt: new Date(firstDay + 8 * hour), assignedAt: new Date(firstDay + 9 * hour), sessions, reviews };
}
