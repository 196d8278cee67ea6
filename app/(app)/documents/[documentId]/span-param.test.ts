import { describe, expect, it } from "vitest";
import { parseSpanParam } from "./span-param";

describe("parseSpanParam", () => {
  it("reads one positive integer id", () => {
    expect(parseSpanParam("512")).toBe(512);
    expect(parseSpanParam("1")).toBe(1);
  });

  it("ignores anything else", () => {
    for (const value of [undefined, "", "0", "-3", "1.5", "abc", "1e400", "9007199254740992", ["4", "5"]]) {
      expect(parseSpanParam(value)).toBeUndefined();
    }
  });
});
