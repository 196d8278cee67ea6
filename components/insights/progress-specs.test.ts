import { describe, expect, it } from "vitest";
import { dataOf, optionsAt } from "./spec-test-helpers";
import type { ProgressView } from "./insights-types";
import { agreementSpec, annotatorColors, submissionsSpec } from "./progress-specs";

const view: ProgressView = {
  days: ["2024-03-04", "2024-03-05", "2024-03-06"],
  annotators: [
    {
      userId: 7,
      name: "Alice",
      email: "alice@example.com",
      submittedPerDay: { "2024-03-04": 2, "2024-03-06": 1 },
      medianSecondsPerDocument: 90,
      agreementOverTime: [{ week: "2024-W09", f1: 0.5 }, { week: "2024-W10", f1: 0.75 }],
    },
    {
      userId: 9,
      name: "Bob",
      email: "bob@example.com",
      submittedPerDay: { "2024-03-05": 4 },
      medianSecondsPerDocument: null,
      agreementOverTime: [{ week: "2024-W10", f1: null }, { week: "2024-W11", f1: 1 }],
    },
  ],
  queueRemaining: 12,
};

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

describe("annotatorColors", () => {
  it("gives each annotator the next colour of the observable10 scheme, in the view's order", () => {
    expect([...annotatorColors(view)]).toEqual([[7, "#4269d0"], [9, "#efb118"]]);
  });
});

describe("submissionsSpec", () => {
  const colors = annotatorColors(view);

  it("stacks each annotator's submissions per UTC day, the last day's bar ending a day later", () => {
    const options = optionsAt(submissionsSpec(view, colors));
    expect(options).toMatchObject({ height: 260 + 24, marginTop: 20 + 24 });
    expect(options.x).toMatchObject({ type: "utc", domain: [utc("2024-03-04"), utc("2024-03-07")], ticks: "day", tickFormat: "%b %-d" });
    expect(dataOf(options.marks[0])).toEqual([
      { day: utc("2024-03-04"), count: 2, name: "Alice", color: "#4269d0" },
      { day: utc("2024-03-06"), count: 1, name: "Alice", color: "#4269d0" },
      { day: utc("2024-03-05"), count: 4, name: "Bob", color: "#efb118" },
    ]);
    // Bars, the zero rule, and a key and a label per annotator.
    expect(options.marks).toHaveLength(2 + 2 * 2);
  });

  it("leaves day ticks to Plot over more than two weeks, and is null before any submission", () => {
    const days = Array.from({ length: 15 }, (_, k) => `2024-03-${String(k + 1).padStart(2, "0")}`);
    expect(optionsAt(submissionsSpec({ ...view, days }, colors)).x).not.toHaveProperty("ticks");
    const idle = view.annotators.map((annotator) => ({ ...annotator, submittedPerDay: {} }));
    expect(submissionsSpec({ ...view, annotators: idle }, colors)).toBeNull();
  });
});

describe("agreementSpec", () => {
  const colors = annotatorColors(view);

  it("draws each annotator's weekly F1 over every week any of them has, leaving out weeks without gold", () => {
    const options = optionsAt(agreementSpec(view, colors));
    expect(options.x).toMatchObject({ type: "point", domain: ["2024-W09", "2024-W10", "2024-W11"] });
    expect(options.y).toMatchObject({ domain: [0, 1] });
    expect(dataOf(options.marks[0])).toEqual([
      { week: "2024-W09", f1: 0.5, name: "Alice", color: "#4269d0" },
      { week: "2024-W10", f1: 0.75, name: "Alice", color: "#4269d0" },
      { week: "2024-W11", f1: 1, name: "Bob", color: "#efb118" },
    ]);
  });

  it("is null while no submitted document is adjudicated", () => {
    const unjudged = view.annotators.map((annotator) => ({ ...annotator, agreementOverTime: [{ week: "2024-W10", f1: null }] }));
    expect(agreementSpec({ ...view, annotators: unjudged }, colors)).toBeNull();
  });
});
