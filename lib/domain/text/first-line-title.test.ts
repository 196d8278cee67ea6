import { describe, expect, it } from "vitest";
import { firstLineTitle, MAX_DERIVED_TITLE_CODE_POINTS } from "./first-line-title";

describe("firstLineTitle", () => {
  it("takes the first non-empty line, trimmed and whitespace-collapsed", () => {
    expect(firstLineTitle("\n   \n  Kazakhstan   backs sanctions \nBody")).toBe("Kazakhstan backs sanctions");
  });

  it("returns null for blank text", () => {
    expect(firstLineTitle(" \n\t\n")).toBeNull();
  });

  it("shortens a long first line at a word boundary", () => {
    const line = "Kazakhstan ".repeat(40).trim();
    const title = firstLineTitle(line) ?? "";
    expect(Array.from(title).length).toBeLessThanOrEqual(MAX_DERIVED_TITLE_CODE_POINTS);
    expect(title.endsWith("Kazakhstan…")).toBe(true);
  });

  it("shortens a long line without spaces at the limit", () => {
    const title = firstLineTitle("哈".repeat(300)) ?? "";
    expect(Array.from(title)).toHaveLength(MAX_DERIVED_TITLE_CODE_POINTS);
  });
});
