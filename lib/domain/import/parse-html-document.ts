import { parseHTML } from "linkedom";

const HAS_DOCUMENT_SHELL = /<(?:html|body)[\s>]/i;
const HEAD_TAGS = new Set(["title", "meta", "link", "base", "style"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Parses HTML into a linkedom document whose `<body>` holds the page. linkedom builds
 * `document.body` only for a complete `<html><head/><body/></html>` shell, so fragments
 * (article bodies scraped into .txt files) and partial shells are rewrapped first.
 */
export function parseHtmlDocument(html: string): Document {
  if (!HAS_DOCUMENT_SHELL.test(html)) return parseWrapped("", html);
  const { document } = parseHTML(html);
  if (hasCompleteShell(document)) return document;
  const head: string[] = [];
  const body: string[] = [];
  collectParts(document, head, body);
  return parseWrapped(head.join(""), body.join(""));
}

function parseWrapped(head: string, body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;
}

function hasCompleteShell(document: Document): boolean {
  const root = document.documentElement;
  return root?.localName === "html" && Array.from(root.children).some((child) => child.localName === "body");
}

/** Splits a shell-less parse into head and body markup, dropping the stray shell tags. */
function collectParts(parent: Node, head: string[], body: string[]): void {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      body.push(escapeText((node as Text).data));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (tag === "html") collectParts(element, head, body);
    else if (tag === "head") head.push(element.innerHTML);
    else if (tag === "body") body.push(element.innerHTML);
    else (HEAD_TAGS.has(tag) ? head : body).push(element.outerHTML);
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
