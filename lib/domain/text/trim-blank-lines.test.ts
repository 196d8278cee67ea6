import { describe, expect, it } from "vitest";
import { trimBlankLines } from "./trim-blank-lines";

describe("trimBlankLines", () => {
  it("drops blank lines around the text but keeps the first line's indentation", () => {
    expect(trimBlankLines("\n  \n    • first\n\nlast  \n\n")).toBe("    • first\n\nlast");
  });

  it("leaves inner blank lines and spaces alone", () => {
    expect(trimBlankLines("a\n\n\n  b  c")).toBe("a\n\n\n  b  c");
  });
});
