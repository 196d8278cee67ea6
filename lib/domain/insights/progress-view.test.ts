import { describe, expect, it } from "vitest";
import { buildProgressView, median } from "./progress-view";

const at = (iso: string) => new Date(iso);

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([600, 900])).toBe(750);
    expect(median([])).toBeNull();
  });
});

describe("buildProgressView", () => {
  const view = buildProgressView({
    annotators: [
      { userId: 2, name: "Bob", email: "bob@example.org" },
      { userId: 1, name: "Alice", email: "alice@example.org" },
      { userId: 3, name: "Carol", email: "carol@example.org" },
    ],
    submissions: [
      { userId: 1, startedAt: at("2022-12-30T10:00:00Z"), submittedAt: at("2022-12-30T10:10:00Z") },
      { userId: 1, startedAt: at("2022-12-31T23:50:00Z"), submittedAt: at("2023-01-01T00:05:00Z") },
      { userId: 1, startedAt: null, submittedAt: at("2023-01-02T08:00:00Z") },
      // A start after the submission (clocks of two servers) is no duration.
      { userId: 2, startedAt: at("2023-01-02T09:00:00Z"), submittedAt: at("2023-01-02T08:59:00Z") },
    ],
    goldMatches: [
      // 2022-W52: 2·(3 + 1) / ((4 + 4) + (2 + 2)).
      { userId: 1, submittedAt: at("2022-12-30T10:10:00Z"), own: 4, matched: 3, gold: 4 },
      { userId: 1, submittedAt: at("2023-01-01T00:05:00Z"), own: 2, matched: 1, gold: 2 },
      // Two identical spans on one gold span match it once: 2·1 / (2 + 1).
      { userId: 2, submittedAt: at("2023-01-02T08:59:00Z"), own: 2, matched: 2, gold: 1 },
    ],
    queueRemaining: 12,
  });

  it("lists every day from the first submission to the last", () => {
    expect(view.days).toEqual(["2022-12-30", "2022-12-31", "2023-01-01", "2023-01-02"]);
    expect(view.queueRemaining).toBe(12);
  });

  it("gives each annotator their submissions per UTC day, median time and F1 against gold per ISO week", () => {
    expect(view.annotators).toEqual([
      {
        userId: 1,
        name: "Alice",
        email: "alice@example.org",
        submittedPerDay: { "2022-12-30": 1, "2023-01-01": 1, "2023-01-02": 1 },
        medianSecondsPerDocument: 750,
        agreementOverTime: [
          { week: "2022-W52", f1: 8 / 12 },
          { week: "2023-W01", f1: null },
        ],
      },
      {
        userId: 2,
        name: "Bob",
        email: "bob@example.org",
        submittedPerDay: { "2023-01-02": 1 },
        medianSecondsPerDocument: null,
        agreementOverTime: [{ week: "2023-W01", f1: 2 / 3 }],
      },
      { userId: 3, name: "Carol", email: "carol@example.org", submittedPerDay: {}, medianSecondsPerDocument: null, agreementOverTime: [] },
    ]);
  });

  it("has no days without submissions", () => {
    expect(buildProgressView({ annotators: [], submissions: [], goldMatches: [], queueRemaining: 0 })).toEqual({ days: [], annotators: [], queueRemaining: 0 });
  });
});
