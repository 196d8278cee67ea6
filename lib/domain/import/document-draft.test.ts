import { describe, expect, it } from "vitest";
import { draftFromJsonDocument, jsonDocumentInputSchema } from "./document-draft";

const validate = (input: unknown) => jsonDocumentInputSchema.safeParse(input);
const firstMessage = (input: unknown) => validate(input).error?.issues[0]?.message;

describe("jsonDocumentInputSchema", () => {
  it("requires exactly one non-empty body", () => {
    expect(firstMessage({ title: "No body" })).toBe("either text or html is required");
    expect(firstMessage({ text: "a", html: "<p>a</p>" })).toBe("give either text or html, not both");
    expect(firstMessage({ text: "  \n " })).toBe("text is empty");
    expect(validate({ html: "<p>Astana</p>" }).success).toBe(true);
  });

  it("rejects unknown fields and non-http source URLs", () => {
    expect(validate({ text: "a", publishAt: "2022" }).success).toBe(false);
    expect(validate({ text: "a", sourceUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(validate({ text: "a", sourceUrl: "https://example.org/a" }).success).toBe(true);
  });
});

describe("draftFromJsonDocument", () => {
  it("keeps given fields and normalises the text", () => {
    const draft = draftFromJsonDocument(
      {
        title: "  Kazakhstan   backs sanctions ",
        text: "\uFEFFKazakhstan said it would respect the sanctions\r\nagainst Russia, caf\u00E9 owners agreed.",
        language: "EN-gb",
        publishedAt: "2022-10-05",
        externalId: " kz-1 ",
        sourceUrl: "https://example.org/kz-1",
        metadata: { outlet: "Example Times" },
      },
      "json",
    );
    expect(draft).toEqual({
      title: "Kazakhstan backs sanctions",
      text: "Kazakhstan said it would respect the sanctions\nagainst Russia, café owners agreed.",
      language: "en-GB",
      publishedAt: "2022-10-05",
      sourceUrl: "https://example.org/kz-1",
      externalId: "kz-1",
      metadata: { outlet: "Example Times" },
      sourceFormat: "json",
      raw: "\uFEFFKazakhstan said it would respect the sanctions\r\nagainst Russia, caf\u00E9 owners agreed.",
    });
  });

  it("derives title, date and language from a plain text", () => {
    const draft = draftFromJsonDocument(
      { text: " date 2023-09 \nKasachstan hält an den Sanktionen fest\n\nDer Präsident sagte, sein Land werde die Sanktionen gegen Russland einhalten." },
      "json",
    );
    expect(draft.title).toBe("Kasachstan hält an den Sanktionen fest");
    expect(draft.publishedAt).toBe("2023-09");
    expect(draft.language).toBe("de");
    expect(draft.text.startsWith("Kasachstan hält")).toBe(true);
  });

  it("reads HTML bodies as articles and keeps the HTML as raw", () => {
    const html = "<h1>Tokajew in Berlin</h1><p>Der kasachische Präsident versicherte, sein Land werde die Sanktionen respektieren.</p>";
    const draft = draftFromJsonDocument({ html }, "json");
    expect(draft.title).toBe("Tokajew in Berlin");
    expect(draft.text).toBe("Tokajew in Berlin\n\nDer kasachische Präsident versicherte, sein Land werde die Sanktionen respektieren.");
    expect(draft.raw).toBe(html);
  });

  it.each([
    [{ text: "Astana", publishedAt: "5 October" }, "invalid_date"],
    [{ text: "Astana", language: "Kazakh" }, "invalid_language"],
    [{ html: "<script>track()</script><nav>Home</nav>" }, "no_content"],
    [{ text: "date 2022-10\n" }, "no_content"],
  ])("rejects %j with %s", (input, code) => {
    expect(() => draftFromJsonDocument(input, "json")).toThrow(expect.objectContaining({ code }));
  });
});
