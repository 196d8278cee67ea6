import { describe, expect, it } from "vitest";
import { normalizeLineEndings, normalizeText } from "./normalize-text";

describe("normalizeText", () => {
  it("composes decomposed characters (NFC)", () => {
    const decomposed = "Cafe\u0301 in Astana";
    expect(normalizeText(decomposed)).toBe("Café in Astana");
    expect(normalizeText(decomposed)).toHaveLength(14);
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(normalizeText("one\r\ntwo\rthree\n")).toBe("one\ntwo\nthree\n");
  });

  it("drops a leading byte order mark only", () => {
    expect(normalizeText("\uFEFFTitle\uFEFF")).toBe("Title\uFEFF");
  });

  it("keeps everything else verbatim", () => {
    const text = "  < li>Stray  tag\t kept\n\n\n  • bullet  ";
    expect(normalizeText(text)).toBe(text);
  });
});

describe("normalizeLineEndings", () => {
  it("does not change the Unicode form", () => {
    expect(normalizeLineEndings("e\u0301\r\n")).toBe("e\u0301\n");
  });
});
