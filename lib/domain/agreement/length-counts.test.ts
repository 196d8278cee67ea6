import { describe, expect, it } from "vitest";
import { LengthCounts } from "./length-counts";

describe("LengthCounts", () => {
  it("counts like a Map over many lengths, and lists them in ascending order", () => {
    const counts = new LengthCounts();
    const expected = new Map<number, number>();
    let seed = 3;
    for (let k = 0; k < 20_000; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // Short lengths, multiples of a power of two (which share their low bits) and huge ones.
      const length = [1 + (seed % 500), 1024 * (1 + (seed % 64)), 2147483647 - (seed % 7)][k % 3]!;
      const by = 1 + (k % 4);
      counts.add(length, by);
      expected.set(length, (expected.get(length) ?? 0) + by);
    }
    for (const [length, count] of expected) expect(counts.get(length)).toBe(count);
    expect(counts.get(501)).toBe(0);
    const { lengths, counts: sortedCounts } = counts.sorted();
    const keys = [...expected.keys()].sort((a, b) => a - b);
    expect([...lengths]).toEqual(keys);
    expect([...sortedCounts]).toEqual(keys.map((length) => expected.get(length)));
  });

  it("is empty until something is added", () => {
    const { lengths, counts } = new LengthCounts().sorted();
    expect(lengths.length).toBe(0);
    expect(counts.length).toBe(0);
  });

  it("refuses lengths it cannot hold", () => {
    const counts = new LengthCounts();
    for (const length of [0, -3, 1.5, 2 ** 31, Number.NaN]) expect(() => counts.add(length)).toThrow(RangeError);
  });
});
