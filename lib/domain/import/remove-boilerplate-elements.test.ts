import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "./parse-html-document";
import { hasBoilerplateWord, removeBoilerplateElements } from "./remove-boilerplate-elements";

describe("hasBoilerplateWord", () => {
  it("recognises boilerplate words inside class and id names", () => {
    for (const names of ["notice", "op-related-articles", "banner-ads", "ad", "adsbygoogle", "share_bar", "relatedPosts", " 27602x728_ADSLOT1"]) {
      expect(hasBoilerplateWord(names), names).toBe(true);
    }
  });

  it("does not match words that merely contain those letters", () => {
    for (const names of ["st_tag internal_tag", "header", "shadow", "download", "entry", "wp_keywordlink_affiliate", "summary"]) {
      expect(hasBoilerplateWord(names), names).toBe(false);
    }
  });
});

describe("removeBoilerplateElements", () => {
  it("keeps inline tag links and a wrapper that holds most of the page", () => {
    const article = "<p>Kazakhstan <a class='st_tag' href='/tag/x'>sanctions</a> policy is explained at length here.</p>".repeat(3);
    const document = parseHtmlDocument(`<div class="content has-sidebar">${article}</div><div class="share">Share this</div>`);
    removeBoilerplateElements(document);
    expect(document.body.textContent).not.toContain("Share this");
    expect(document.body.querySelectorAll("a.st_tag")).toHaveLength(3);
  });
});
