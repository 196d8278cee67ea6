import { describe, expect, it } from "vitest";
import type { LabeledSpan } from "./labeled-span";
import { type UnitizedDocument, computeUnitizingAlpha } from "./unitizing-alpha";

const unit = (start: number, length: number, label: string): LabeledSpan => ({ start, end: start + length, label });

// Krippendorff (2004), Content Analysis 2nd ed., p. 254: a 300-position continuum, two coders.
const krippendorff2004 = {
  length: 300,
  spansByCoder: [
    [unit(75, 70, "c"), unit(220, 30, "c"), unit(30, 60, "k"), unit(150, 50, "k")],
    [unit(70, 80, "c"), unit(205, 20, "c"), unit(250, 20, "c"), unit(30, 60, "k"), unit(150, 50, "k")],
  ],
};

/** D_e by the book's formula with plain loops, gaps found position by position. */
function expectedDisagreementByFormula(documents: UnitizedDocument[], label: string): number {
  const units: number[] = [];
  const gaps: number[] = [];
  let totalLength = 0;
  for (const { length, spansByCoder } of documents) {
    totalLength += length;
    for (const spans of spansByCoder) {
      const own = spans.filter((span) => span.label === label);
      units.push(...own.map((span) => span.end - span.start));
      let gap = 0;
      for (let position = 0; position <= length; position++) {
        const covered = position < length && own.some((span) => span.start <= position && position < span.end);
        if (!covered && position < length) {
          gap++;
        } else if (gap > 0) {
          gaps.push(gap);
          gap = 0;
        }
      }
    }
  }
  const m = documents[0]?.spansByCoder.length ?? 0;
  let numerator = 0;
  for (const l of units) {
    numerator += ((units.length - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3;
    for (const g of gaps) if (g >= l) numerator += l ** 2 * (g - l + 1);
  }
  const within = units.reduce((sum, l) => sum + l * (l - 1), 0);
  return ((2 / totalLength) * numerator) / (m * totalLength * (m * totalLength - 1) - within);
}

describe("computeUnitizingAlpha", () => {
  it("reproduces Krippendorff (2004, p. 254): uα 0.859 overall, 0.729 for c, 1.0 for k", () => {
    const { overall, byLabel } = computeUnitizingAlpha([krippendorff2004]);
    // Exactly 1 − 0.014444 / (0.053222 + 0.048979) = 0.8587; from the rounded intermediates
    // (.0144, .0532, .0490) one gets .8591. Both are the published .859.
    expect(overall.value).toBeCloseTo(0.859, 3);
    expect(overall.value).toBeCloseTo(0.8587, 4);
    expect(byLabel.get("c")?.value).toBeCloseTo(0.7286, 4);
    expect(byLabel.get("k")?.value).toBeCloseTo(1, 10);
    // The intermediate disagreements DKPro Agreement's test of this example also checks.
    expect(byLabel.get("c")).toMatchObject({
      observedDisagreement: expect.closeTo(0.0144, 4),
      expectedDisagreement: expect.closeTo(0.0532, 4),
    });
    expect(byLabel.get("k")).toMatchObject({ observedDisagreement: 0, expectedDisagreement: expect.closeTo(0.049, 4) });
  });

  it("gives the same figures whatever the order of the spans and coders", () => {
    const [coder1 = [], coder2 = []] = krippendorff2004.spansByCoder;
    const shuffled = { length: 300, spansByCoder: [[...coder2].reverse(), coder1] };
    expect(computeUnitizingAlpha([shuffled]).overall.value).toBeCloseTo(0.8587, 4);
  });

  it("pools documents as one continuum: abutting documents equal their concatenation when no gap crosses the seam", () => {
    const first = {
      length: 100,
      spansByCoder: [
        [unit(10, 20, "c"), unit(80, 20, "c")],
        [unit(12, 18, "c"), unit(85, 15, "c")],
        [unit(10, 25, "c"), unit(90, 10, "c")],
      ],
    };
    const second = {
      length: 50,
      spansByCoder: [[unit(0, 10, "c")], [unit(0, 5, "c"), unit(30, 10, "c")], [unit(0, 10, "c"), unit(28, 12, "c")]],
    };
    const shift = (spans: readonly LabeledSpan[]) => spans.map((s) => ({ ...s, start: s.start + 100, end: s.end + 100 }));
    const joined = {
      length: 150,
      spansByCoder: first.spansByCoder.map((spans, coder) => [...spans, ...shift(second.spansByCoder[coder] ?? [])]),
    };
    const pooled = computeUnitizingAlpha([first, second]);
    const single = computeUnitizingAlpha([joined]);
    expect(pooled.overall.value).toBeCloseTo(single.overall.value ?? Number.NaN, 12);
    expect(pooled.overall).toMatchObject({ unitCount: 11 });
  });

  it("computes expected disagreement as the book's formula does, over several documents and coders", () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const documents = [80, 150, 40].map((length) => ({
      length,
      spansByCoder: [0, 1, 2].map(() => {
        const spans: LabeledSpan[] = [];
        for (let start = Math.floor(next() * 8); start < length - 2; start += 3 + Math.floor(next() * 20)) {
          const end = Math.min(length, start + 1 + Math.floor(next() * 12));
          spans.push({ start, end, label: next() < 0.5 ? "claim" : "entity" });
          start = end;
        }
        return spans;
      }),
    }));
    const { byLabel } = computeUnitizingAlpha(documents);
    for (const label of ["claim", "entity"]) {
      const figure = byLabel.get(label);
      if (!figure || figure.value === null) throw new Error(`${label} should be computable`);
      expect(figure.expectedDisagreement).toBeCloseTo(expectedDisagreementByFormula(documents, label), 12);
    }
  });

  it("lets a gap end at a document boundary, so pooling differs from gluing texts whose gaps would join", () => {
    const a = { length: 100, spansByCoder: [[unit(10, 20, "c")], [unit(15, 20, "c")]] };
    const b = { length: 100, spansByCoder: [[unit(60, 20, "c")], [unit(60, 25, "c")]] };
    const glued = {
      length: 200,
      spansByCoder: [
        [unit(10, 20, "c"), unit(160, 20, "c")],
        [unit(15, 20, "c"), unit(160, 25, "c")],
      ],
    };
    const pooled = computeUnitizingAlpha([a, b]).overall;
    const single = computeUnitizingAlpha([glued]).overall;
    if (pooled.value === null || single.value === null) throw new Error("both are computable");
    expect(pooled.observedDisagreement).toBeCloseTo(single.observedDisagreement, 12);
    expect(pooled.expectedDisagreement).toBeLessThan(single.expectedDisagreement);
  });

  it("gives 1 when three coders agree exactly, and reports labels nobody used as uncomputable", () => {
    const spans = [unit(5, 10, "claim"), unit(40, 5, "entity")];
    const documents = [{ length: 60, spansByCoder: [spans, spans, spans] }];
    const { overall, byLabel } = computeUnitizingAlpha(documents, { labels: ["claim", "entity", "quote"] });
    expect(overall).toMatchObject({ value: 1, unitCount: 6 });
    expect(byLabel.get("quote")).toMatchObject({ value: null, reason: expect.stringMatching(/No coder marked/) });
  });

  it("merges one coder's overlapping units of a label, and says how many it merged", () => {
    const overlapping = [unit(5, 10, "claim"), unit(10, 10, "claim")];
    const union = [unit(5, 15, "claim")];
    const merged = computeUnitizingAlpha([{ length: 60, spansByCoder: [overlapping, union] }]);
    expect(merged.overall).toMatchObject({ value: 1, mergedSpanCount: 1, unitCount: 2 });
  });

  it("refuses input it cannot compute from, with a reason", () => {
    const reasonOf = (documents: Parameters<typeof computeUnitizingAlpha>[0]) => {
      const { overall } = computeUnitizingAlpha(documents);
      return overall.value === null ? overall.reason : "computable";
    };
    expect(reasonOf([])).toMatch(/no documents/);
    expect(reasonOf([{ length: 10, spansByCoder: [[unit(0, 2, "c")]] }])).toMatch(/at least 2/);
    expect(reasonOf([{ length: 10, spansByCoder: [[], []] }])).toMatch(/No coder marked any unit/);
    expect(reasonOf([{ length: 10, spansByCoder: [[unit(8, 5, "c")], []] }])).toMatch(/Document 1, coder 1/);
    const twoCoders = { length: 10, spansByCoder: [[], []] };
    expect(reasonOf([twoCoders, { length: 10, spansByCoder: [[], [], []] }])).toMatch(/same coders/);
    expect(reasonOf([{ length: 0, spansByCoder: [[], []] }])).toMatch(/length 0/);
  });
});
