const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content starts and ends a paragraph. */
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
]);
/** Elements whose content is never text to annotate (`rt`: ruby pronunciation glosses). */
const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
  "math", "button", "select", "textarea", "input", "rt", "rp", "head", "title",
]);
const CELL_TAGS = new Set(["td", "th"]);

/**
 * Turns a content DOM into document text: one paragraph per block, paragraphs separated
 * by one blank line, `<br>` as a line break, inline whitespace collapsed. Text nodes are
 * already entity-decoded by the parser, so no markup or `&amp;` can leak into the text.
 */
export function htmlToParagraphText(root: Node): string {
  const paragraphs: string[] = [];
  let pieces: string[] = [];

  const endParagraph = (): void => {
    const paragraph = finishParagraph(pieces.join(""));
    if (paragraph !== "") paragraphs.push(paragraph);
    pieces = [];
  };

  const visit = (node: Node, insidePre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      // Only `<pre>` keeps its line breaks; elsewhere a newline is just whitespace.
      pieces.push(insidePre ? data : data.replace(/[\n\r]/g, " "));
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") {
      pieces.push("\n");
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) endParagraph();
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      visit(child, insidePre || tag === "pre");
    }
    if (CELL_TAGS.has(tag)) pieces.push(" ");
    if (isBlock) endParagraph();
  };

  visit(root, false);
  endParagraph();
  return paragraphs.join("\n\n");
}

function finishParagraph(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.replace(/[ \t\f\r\v]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
