import { describe, expect, it } from "vitest";
import { extractDateLine } from "./extract-date-line";

describe("extractDateLine", () => {
  it("removes a date line surrounded by spaces", () => {
    expect(extractDateLine(" date 2022-10 \nTitle\n\nBody")).toEqual({ publishedAt: "2022-10", text: "Title\n\nBody" });
  });

  it("removes the marker when the body follows on the same line", () => {
    expect(extractDateLine(" date 2022-10 Rzecznik MSZ oświadczył")).toEqual({
      publishedAt: "2022-10",
      text: "Rzecznik MSZ oświadczył",
    });
  });

  it("accepts a full day", () => {
    expect(extractDateLine("date 2023-09-28\nText").publishedAt).toBe("2023-09-28");
  });

  it("leaves texts without a leading date marker unchanged", () => {
    for (const text of ["Title\ndate 2022-10", "date of the visit: 2022-10", "date 2022-13 x", "update 2022-10"]) {
      expect(extractDateLine(text)).toEqual({ publishedAt: null, text });
    }
  });
});
