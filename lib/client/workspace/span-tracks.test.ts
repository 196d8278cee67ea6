import { describe, expect, it } from "vitest";
import { assignTracks } from "./span-tracks";

describe("assignTracks", () => {
  it("puts disjoint spans on the first track", () => {
    const tracks = assignTracks([{ id: 1, start: 0, end: 5 }, { id: 2, start: 5, end: 9 }], 2);
    expect([tracks.get(1), tracks.get(2)]).toEqual([0, 0]);
  });

  it("stacks nested spans outwards, the innermost closest to the text", () => {
    const tracks = assignTracks(
      [
        { id: 1, start: 0, end: 30 },
        { id: 2, start: 10, end: 20 },
        { id: 3, start: 12, end: 15 },
      ],
      5,
    );
    expect(tracks.get(3)).toBe(0);
    expect(tracks.get(2)).toBe(1);
    expect(tracks.get(1)).toBe(2);
  });

  it("caps deep nests at the last track", () => {
    const nest = Array.from({ length: 6 }, (_, i) => ({ id: i, start: i, end: 20 - i }));
    expect(Math.max(...assignTracks(nest, 2).values())).toBe(2);
  });

  it("lets partially overlapping spans share no track", () => {
    const tracks = assignTracks([{ id: 1, start: 0, end: 10 }, { id: 2, start: 5, end: 15 }], 3);
    expect(tracks.get(1)).not.toBe(tracks.get(2));
  });
});
