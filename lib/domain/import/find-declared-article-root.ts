/**
 * How pages declare their article body (schema.org, hAtom and common CMS classes, as
 * content extractors such as trafilatura use them), most specific first.
 */
const ARTICLE_ROOT_MARKERS: ((element: Element, classes: string) => boolean)[] = [
  (element) => ` ${element.getAttribute("itemprop") ?? ""} `.includes(" articleBody "),
  (_, classes) => classes.includes(" entry-content "),
  (_, classes) => classes.includes(" post-content "),
  (_, classes) => classes.includes(" article-body "),
  (_, classes) => classes.includes(" article-content "),
  (_, classes) => classes.includes(" story-body "),
  (element) => element.localName.toLowerCase() === "article",
  (_, classes) => classes.includes(" entry "),
];

/** A declared root must carry at least this share of the page's text to be trusted. */
const MIN_SHARE_OF_BODY_TEXT = 0.3;

/**
 * The single element the page declares as its article body, or null. Scoping Readability
 * to it keeps loose paragraphs outside the article (a notice's second paragraph) from being
 * appended as "siblings" of the main content.
 */
export function findDeclaredArticleRoot(document: Document): Element | null {
  const matches: Element[][] = ARTICLE_ROOT_MARKERS.map(() => []);
  const visit = (parent: Element): void => {
    for (let element = parent.firstElementChild; element !== null; element = element.nextElementSibling) {
      const classes = ` ${(element.getAttribute("class") ?? "").replace(/\s+/g, " ")} `;
      ARTICLE_ROOT_MARKERS.forEach((isRoot, marker) => {
        if (isRoot(element, classes)) matches[marker]?.push(element);
      });
      visit(element);
    }
  };
  visit(document.body);

  const bodyTextLength = document.body.textContent?.trim().length ?? 0;
  if (bodyTextLength === 0) return null;
  for (const candidates of matches) {
    const [only] = candidates;
    if (candidates.length !== 1 || only === undefined) continue;
    const share = (only.textContent?.trim().length ?? 0) / bodyTextLength;
    if (share >= MIN_SHARE_OF_BODY_TEXT) return only;
  }
  return null;
}

/** Makes `root` the only content of the body. */
export function scopeBodyTo(document: Document, root: Element): void {
  root.remove();
  document.body.replaceChildren(root);
}
