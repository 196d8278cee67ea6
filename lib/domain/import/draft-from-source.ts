import { extractDateLine } from "../text/extract-date-line";
import { firstLineTitle } from "../text/first-line-title";
import { normalizeText } from "../text/normalize-text";
import { trimBlankLines } from "../text/trim-blank-lines";
import { detectLanguage } from "./detect-language";
import type { DocumentDraft, SourceFormat } from "./document-draft";
import { extractHtmlArticle } from "./extract-html-article";
import { ImportError } from "./import-error";
import { normalizeLanguageTag } from "./normalize-language-tag";
import { normalizePublishedAt } from "./normalize-published-at";

/** What the uploader stated about a document; stated values win over derived ones. */
export interface GivenDocumentFields {
  title?: string | undefined;
  language?: string | undefined;
  publishedAt?: string | undefined;
  externalId?: string | undefined;
  sourceUrl?: string | undefined;
  metadata?: Record<string, unknown> | undefined;
}

const UNTITLED = "Untitled";

/** Plain text is kept verbatim apart from normalization and a leading `date …` marker. */
export function draftFromPlainText(raw: string, given: GivenDocumentFields, sourceFormat: SourceFormat): DocumentDraft {
  const dated = extractDateLine(trimBlankLines(normalizeText(raw)));
  const text = trimBlankLines(dated.text);
  if (text === "") throw new ImportError("no_content", "the text is empty");
  return buildDraft({ raw, text, sourceFormat, given, derivedTitle: null, derivedPublishedAt: dated.publishedAt, derivedSourceUrl: null });
}

/** HTML keeps only the page's main content, as paragraphs. */
export function draftFromHtml(raw: string, given: GivenDocumentFields, sourceFormat: SourceFormat): DocumentDraft {
  const article = extractHtmlArticle(raw);
  if (article.text === "") throw new ImportError("no_content", "the HTML has no readable text");
  return buildDraft({
    raw,
    text: article.text,
    sourceFormat,
    given,
    derivedTitle: article.title,
    derivedPublishedAt: article.publishedAt,
    derivedSourceUrl: article.sourceUrl,
  });
}

interface DraftParts {
  raw: string;
  text: string;
  sourceFormat: SourceFormat;
  given: GivenDocumentFields;
  derivedTitle: string | null;
  derivedPublishedAt: string | null;
  derivedSourceUrl: string | null;
}

function buildDraft({ raw, text, sourceFormat, given, derivedTitle, derivedPublishedAt, derivedSourceUrl }: DraftParts): DocumentDraft {
  return {
    title: givenTitle(given.title) ?? derivedTitle ?? firstLineTitle(text) ?? UNTITLED,
    text,
    language: given.language !== undefined ? normalizeLanguageTag(given.language) : detectLanguage(text),
    publishedAt: given.publishedAt !== undefined ? normalizePublishedAt(given.publishedAt) : derivedPublishedAt,
    sourceUrl: given.sourceUrl ?? derivedSourceUrl,
    externalId: nonBlank(given.externalId),
    metadata: given.metadata ?? {},
    sourceFormat,
    raw,
  };
}

function givenTitle(title: string | undefined): string | null {
  return nonBlank(normalizeText(title ?? "").replace(/\s+/g, " "));
}

function nonBlank(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
