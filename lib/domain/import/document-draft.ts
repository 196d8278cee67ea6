import { z } from "zod";
import { draftFromHtml, draftFromPlainText } from "./draft-from-source";

/** How a document came in: the last four carry annotations (see lib/domain/formats). */
export type SourceFormat = "text" | "html" | "jsonl" | "csv" | "json" | "brat" | "labelstudio" | "doccano" | "claimdesk-jsonl";

/** A document ready to be stored: text is final (offsets will point into it). */
export interface DocumentDraft {
  title: string;
  text: string;
  /** BCP-47; `und` when unknown. */
  language: string;
  /** ISO 8601, possibly partial (`2022-10`). */
  publishedAt: string | null;
  sourceUrl: string | null;
  externalId: string | null;
  metadata: Record<string, unknown>;
  sourceFormat: SourceFormat;
  /** The original HTML or text as received, kept for provenance. */
  raw: string;
}

const optionalText = (max: number) => z.string().max(max).optional();

/** One document of the JSON API, a JSONL line or a CSV row. */
export const jsonDocumentInputSchema = z
  .strictObject({
    title: optionalText(1000),
    text: z.string().optional(),
    html: z.string().optional(),
    language: optionalText(64),
    publishedAt: optionalText(64),
    externalId: optionalText(256),
    sourceUrl: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .max(2048)
      .optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((input, context) => {
    const { text, html } = input;
    if (text !== undefined && html !== undefined) {
      context.addIssue({ code: "custom", message: "give either text or html, not both" });
    } else if (text === undefined && html === undefined) {
      context.addIssue({ code: "custom", message: "either text or html is required" });
    } else if ((text ?? html ?? "").trim() === "") {
      const field = text !== undefined ? "text" : "html";
      context.addIssue({ code: "custom", path: [field], message: `${field} is empty` });
    }
  });

export type JsonDocumentInput = z.infer<typeof jsonDocumentInputSchema>;

/** Builds a draft from validated input; throws ImportError for bad dates, languages or empty HTML. */
export function draftFromJsonDocument(input: JsonDocumentInput, sourceFormat: SourceFormat): DocumentDraft {
  const given = {
    title: input.title,
    language: input.language,
    publishedAt: input.publishedAt,
    externalId: input.externalId,
    sourceUrl: input.sourceUrl,
    metadata: input.metadata ?? {},
  };
  if (input.html !== undefined) return draftFromHtml(input.html, given, sourceFormat);
  return draftFromPlainText(input.text ?? "", given, sourceFormat);
}
