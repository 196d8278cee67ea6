import { describe, expect, it } from "vitest";
import { countCodePoints } from "./count-code-points";

describe("countCodePoints", () => {
  it("counts an astral character (emoji) once, unlike UTF-16 length", () => {
    expect("🔥 Astana".length).toBe(9);
    expect(countCodePoints("🔥 Astana")).toBe(8);
  });

  it("matches Array.from on Chinese and combining text", () => {
    for (const text of ["哈萨克斯坦", "e\u0301", "", "a\uD800b"]) {
      expect(countCodePoints(text)).toBe(Array.from(text).length);
    }
  });
});
