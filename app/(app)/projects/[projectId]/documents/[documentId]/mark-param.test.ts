import { describe, expect, it } from "vitest";
import { parseMarkParam } from "./mark-param";

describe("parseMarkParam", () => {
  it("reads a start-end pair of code points", () => {
    expect(parseMarkParam("120-141")).toEqual({ start: 120, end: 141 });
    expect(parseMarkParam("0-1")).toEqual({ start: 0, end: 1 });
  });

  it("ignores anything else", () => {
    for (const value of [undefined, ["1-2", "3-4"], "", "12", "5-5", "9-3", "-1-4", "1.5-3", "a-b", "1-99999999999999999999"]) {
      expect(parseMarkParam(value)).toBeUndefined();
    }
  });
});
