import { describe, expect, it } from "vitest";
import { validateSpan } from "./validate-span";

const text = "😀 Tokajew sagte: 哈萨克斯坦";

describe("validateSpan", () => {
  it("accepts a span whose quote is the text at its code-point offsets", () => {
    expect(validateSpan(text, { start: 2, end: 9, quote: "Tokajew" })).toBeNull();
    expect(validateSpan(text, { start: 0, end: 1, quote: "😀" })).toBeNull();
    expect(validateSpan(text, { start: 17, end: 22, quote: "哈萨克斯坦" })).toBeNull();
  });

  it("names offsets counted in UTF-16 units as a quote mismatch, with the text actually there", () => {
    const problem = validateSpan(text, { start: 3, end: 10, quote: "Tokajew" });
    expect(problem).toMatchObject({ reason: "quote_mismatch", textAtOffsets: "okajew " });
    expect(problem?.message).toMatch(/code points/);
  });

  it("rejects empty, reversed, fractional and out-of-range offsets", () => {
    expect(validateSpan(text, { start: 4, end: 4, quote: "" })?.reason).toBe("empty_span");
    expect(validateSpan(text, { start: 5, end: 4, quote: "" })?.reason).toBe("empty_span");
    expect(validateSpan(text, { start: 1.5, end: 4, quote: "x" })?.reason).toBe("offsets_not_integers");
    expect(validateSpan(text, { start: -1, end: 4, quote: "x" })?.reason).toBe("offsets_outside_text");
    const past = validateSpan(text, { start: 20, end: 23, quote: "斯坦" });
    expect(past).toMatchObject({ reason: "offsets_outside_text", message: expect.stringContaining("22 code points") });
  });
});
