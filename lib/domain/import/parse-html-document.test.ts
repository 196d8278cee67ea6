import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "./parse-html-document";

describe("parseHtmlDocument", () => {
  it.each([
    ["a fragment", "<h2>Astana</h2><p>Sanctions &amp; trade</p>"],
    ["a body without html", "<body><h2>Astana</h2><p>Sanctions &amp; trade</p></body>"],
    ["html without body", "<html><head><title>T</title></head><h2>Astana</h2><p>Sanctions &amp; trade</p></html>"],
    ["a complete page", "<!DOCTYPE html><html><head><title>T</title></head><body><h2>Astana</h2><p>Sanctions &amp; trade</p></body></html>"],
  ])("puts the content of %s into the body", (_, html) => {
    const document = parseHtmlDocument(html);
    expect(document.body.querySelector("p")?.textContent).toBe("Sanctions & trade");
    expect(document.body.querySelector("h2")?.textContent).toBe("Astana");
  });

  it("keeps the title in the head", () => {
    expect(parseHtmlDocument("<html><title>Astana</title><p>x</p></html>").title).toBe("Astana");
  });
});
