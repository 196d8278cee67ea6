import { describe, expect, it } from "vitest";
import { readFixture } from "./fixtures/read-fixture";
import { looksLikeHtml } from "./sniff-html";

describe("looksLikeHtml", () => {
  it("recognises an HTML fragment behind whitespace and comments", () => {
    expect(looksLikeHtml(readFixture("zh-news-fragment.txt"))).toBe(true);
    expect(looksLikeHtml("\n<!-- saved page -->\n<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
  });

  it("keeps plain text with stray tags as plain text", () => {
    expect(looksLikeHtml(readFixture("de-stray-fragments.txt"))).toBe(false);
    expect(looksLikeHtml(readFixture("pl-bullets.txt"))).toBe(false);
  });

  it("needs block-level tags, not just a leading angle bracket", () => {
    expect(looksLikeHtml("<Kazakhstan> backs sanctions")).toBe(false);
    expect(looksLikeHtml("<b>Kazakhstan</b> backs sanctions")).toBe(false);
  });
});
