import { describe, expect, it } from "vitest";
import { isIsoPartialDate, normalizePublishedAt } from "./normalize-published-at";

describe("isIsoPartialDate", () => {
  it.each(["2022", "2022-10", "2022-10-05", "2024-02-29", "2022-10-05T14:30", "2022-10-05T14:30:00Z", "2022-10-05T14:30:00.123+06:00"])(
    "accepts %s",
    (value) => expect(isIsoPartialDate(value)).toBe(true),
  );

  it.each(["22", "2022-13", "2022-1", "2023-02-29", "2022-04-31", "05.10.2022", "October 2022", "2022-10-05 14:30", "2022-10-05T25:00"])(
    "rejects %s",
    (value) => expect(isIsoPartialDate(value)).toBe(false),
  );
});

describe("normalizePublishedAt", () => {
  it("trims a valid date", () => {
    expect(normalizePublishedAt(" 2022-10 ")).toBe("2022-10");
  });

  it("throws invalid_date otherwise", () => {
    expect(() => normalizePublishedAt("next week")).toThrow(/ISO 8601/);
    expect(() => normalizePublishedAt("next week")).toThrow(expect.objectContaining({ code: "invalid_date" }));
  });
});
