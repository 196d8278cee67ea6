import { describe, expect, it } from "vitest";
import { isoWeekOf, periodRange, periodsBetween, placeInPeriod } from "./insight-periods";

describe("isoWeekOf", () => {
  it.each([
    ["2022-10-05", "2022-W40"],
    ["2022-01-01", "2021-W52"], // a Saturday: still the last week of 2021
    ["2022-01-03", "2022-W01"],
    ["2020-12-31", "2020-W53"], // 2020 has 53 weeks
    ["2021-01-03", "2020-W53"],
    ["2021-01-04", "2021-W01"],
    ["2024-12-30", "2025-W01"], // a Monday whose Thursday is in 2025
    ["2026-12-31", "2026-W53"],
    ["2027-01-01", "2026-W53"],
    ["1969-12-31", "1970-W01"], // before the epoch
    ["2024-02-29", "2024-W09"],
  ])("puts %s in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});

describe("placeInPeriod", () => {
  it("reads the calendar date as written, whatever the offset", () => {
    expect(placeInPeriod("2022-12-31T23:30:00-05:00", "week")).toEqual({ period: "2022-W52" });
    expect(placeInPeriod("2022-12-31T23:30:00-05:00", "month")).toEqual({ period: "2022-12" });
    expect(placeInPeriod("2023-01-01T00:30:00+14:00", "quarter")).toEqual({ period: "2023-Q1" });
  });

  it("puts a month-only date in its month and quarter but in no week", () => {
    expect(placeInPeriod("2022-10", "month")).toEqual({ period: "2022-10" });
    expect(placeInPeriod("2022-10", "quarter")).toEqual({ period: "2022-Q4" });
    expect(placeInPeriod("2022-10", "week")).toEqual({ undated: "month_only" });
  });

  it("lists a year-only date and a missing one as undated, saying why", () => {
    for (const interval of ["month", "week", "quarter"] as const) {
      expect(placeInPeriod("2022", interval)).toEqual({ undated: "year_only" });
      expect(placeInPeriod(null, interval)).toEqual({ undated: "missing" });
    }
  });

  it.each([
    ["2022-01-15", "2022-Q1"],
    ["2022-03-31", "2022-Q1"],
    ["2022-04-01", "2022-Q2"],
    ["2022-09-30", "2022-Q3"],
    ["2022-12-01", "2022-Q4"],
  ])("puts %s in quarter %s", (date, quarter) => {
    expect(placeInPeriod(date, "quarter")).toEqual({ period: quarter });
  });
});

describe("periodsBetween", () => {
  it("walks months, quarters and weeks across year ends", () => {
    expect(periodsBetween("2022-11", "2023-02", "month")).toEqual(["2022-11", "2022-12", "2023-01", "2023-02"]);
    expect(periodsBetween("2022-Q3", "2023-Q2", "quarter")).toEqual(["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"]);
    expect(periodsBetween("2020-W52", "2021-W02", "week")).toEqual(["2020-W52", "2020-W53", "2021-W01", "2021-W02"]);
    expect(periodsBetween("2021-W51", "2022-W01", "week")).toEqual(["2021-W51", "2021-W52", "2022-W01"]);
    expect(periodsBetween("2024-W52", "2025-W01", "week")).toEqual(["2024-W52", "2025-W01"]);
    expect(periodsBetween("2022-10", "2022-10", "month")).toEqual(["2022-10"]);
  });

  it("spans the periods given, in any order, and nothing for none", () => {
    expect(periodRange(["2023-01", "2022-11", "2022-11"], "month")).toEqual(["2022-11", "2022-12", "2023-01"]);
    expect(periodRange([], "week")).toEqual([]);
  });
});
