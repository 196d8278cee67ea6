import { Readability } from "@mozilla/readability";
import { firstLineTitle } from "../text/first-line-title";
import { normalizeText } from "../text/normalize-text";
import { findDeclaredArticleRoot, scopeBodyTo } from "./find-declared-article-root";
import { htmlToParagraphText } from "./html-to-paragraph-text";
import { isIsoPartialDate } from "./normalize-published-at";
import { parseHtmlDocument } from "./parse-html-document";
import { removeBoilerplateElements } from "./remove-boilerplate-elements";
import { removeLinkDenseBlocks } from "./remove-link-dense-blocks";

export interface HtmlArticle {
  title: string | null;
  /** Paragraphs separated by one blank line; normalized (NFC, `\n`). Empty if none. */
  text: string;
  /** From the page's metadata (`article:published_time`, JSON-LD), when ISO 8601. */
  publishedAt: string | null;
  /** The page's canonical http(s) address, when it declares one. */
  sourceUrl: string | null;
}

/** Low, so that a short but valid page is still read as an article. */
const READABILITY_CHAR_THRESHOLD = 20;

/** Keeps only a page's main content, as paragraphs of plain text. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const document = prepareDocument(html);
  const heading = firstHeadingText(document);
  const sourceUrl = canonicalUrl(document);
  const root = findDeclaredArticleRoot(document);
  if (root) scopeBodyTo(document, root);
  dropLinkTargets(document);

  const article = new Readability<Node>(document, {
    charThreshold: READABILITY_CHAR_THRESHOLD,
    serializer: (node) => node,
  }).parse();
  const content = article?.content;
  let text = "";
  if (content) {
    if (isElement(content)) removeLinkDenseBlocks(content);
    text = htmlToParagraphText(content);
  }
  if (text === "") {
    // Readability mutates the document and gives up on some small pages: read the whole
    // (boilerplate-free) body of a fresh parse instead.
    const fallback = prepareDocument(html);
    removeLinkDenseBlocks(fallback.body);
    text = htmlToParagraphText(fallback.body);
  }

  const title = pickTitle(cleanTitle(article?.title), heading);
  const publishedTime = article?.publishedTime?.trim();
  return {
    title: title === null ? null : firstLineTitle(title),
    text: text === "" ? "" : withHeadline(normalizeText(text), heading, title),
    publishedAt: publishedTime && isIsoPartialDate(publishedTime) ? publishedTime : null,
    sourceUrl,
  };
}

function prepareDocument(html: string): Document {
  const document = parseHtmlDocument(html);
  removeBoilerplateElements(document);
  return document;
}

/** Link targets never reach the text; without them Readability resolves no URLs. */
function dropLinkTargets(document: Document): void {
  for (const link of Array.from(document.body.getElementsByTagName("a"))) {
    if (!link.getAttribute("href")?.startsWith("#")) link.removeAttribute("href");
  }
}

function firstHeadingText(document: Document): string | null {
  const [heading] = Array.from(document.body.getElementsByTagName("h1")).concat(Array.from(document.body.getElementsByTagName("h2")));
  return cleanTitle(heading?.textContent);
}

function canonicalUrl(document: Document): string | null {
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    document.querySelector('meta[property="og:url"]')?.getAttribute("content");
  if (!declared) return null;
  try {
    const url = new URL(declared.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The headline is part of the text, as the title line of a plain text is, so that claims
 * made in it can be annotated. Readability keeps or drops it depending on the page (and
 * never drops it for Chinese, whose words its title comparison cannot split). Only a
 * heading of the page that is also its title is added, never the `<title>` alone.
 */
function withHeadline(text: string, heading: string | null, title: string | null): string {
  if (heading === null || heading !== title) return text;
  const hasHeadingParagraph = `\n\n${text}\n\n`.includes(`\n\n${heading}\n\n`);
  return hasHeadingParagraph ? text : `${heading}\n\n${text}`;
}

/**
 * Page titles often carry the site's name ("Headline - Site"), which Readability cannot cut
 * off where words have no spaces; the page's heading, when the title contains it, is the
 * headline without it.
 */
function pickTitle(pageTitle: string | null, heading: string | null): string | null {
  if (heading !== null && (pageTitle === null || pageTitle.includes(heading))) return heading;
  return pageTitle;
}

function cleanTitle(title: string | null | undefined): string | null {
  const cleaned = normalizeText(title ?? "").replace(/\s+/g, " ").trim();
  return cleaned === "" ? null : cleaned;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
