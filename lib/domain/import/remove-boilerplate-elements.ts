/** Elements that never hold article text. */
const NON_CONTENT_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
  "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "dialog",
]);

/** Words in a class or id that mark site furniture rather than the article. */
const BOILERPLATE_WORD =
  /^(?:notices?|related|share|sharing|social|ads?|adslot\d*|advert\w*|adsbygoogle|sponsored|promo|banners?|comments?|footer|breadcrumbs?|sidebar|nav|navbar|navigation|menu|newsletter|subscribe|cookies?|popup|taboola|outbrain)$/i;

/** Inline elements stay: a tag link inside a paragraph (`class="st_tag"`) is article text. */
const KEPT_TAGS = new Set([
  "html", "body", "main", "article", "a", "span", "b", "strong", "i", "em", "u", "small",
  "abbr", "cite", "code", "mark", "q", "s", "sub", "sup", "time", "font", "label", "img",
]);

/**
 * Removes scripts, navigation, ads, notices, share bars, comments and related-article
 * lists by their tag or their class/id words, before Readability scores the page:
 * Readability keeps a boilerplate block whose class also says "article"
 * (`op-related-articles`) or that it does not know (`notice`).
 */
export function removeBoilerplateElements(document: Document): void {
  let bodyTextLength: number | null = null;

  const isBoilerplate = (element: Element): boolean => {
    const tag = element.localName.toLowerCase();
    // Readability reads publication metadata from JSON-LD before dropping scripts itself.
    if (NON_CONTENT_TAGS.has(tag)) return element.getAttribute("type") !== "application/ld+json";
    if (KEPT_TAGS.has(tag)) return false;
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (names === " " || !hasBoilerplateWord(names)) return false;
    // A wrapper such as `<div class="content has-sidebar">` holds the article itself.
    bodyTextLength ??= document.body.textContent?.length ?? 0;
    return (element.textContent?.length ?? 0) <= bodyTextLength / 2;
  };

  // One walk over the tree: linkedom compiles every selector query anew.
  const visit = (parent: Element): void => {
    let child = parent.firstElementChild;
    while (child !== null) {
      const next = child.nextElementSibling;
      if (isBoilerplate(child)) child.remove();
      else visit(child);
      child = next;
    }
  };
  if (document.documentElement) visit(document.documentElement);
}

export function hasBoilerplateWord(classAndId: string): boolean {
  const words = classAndId.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[\s_-]+/);
  return words.some((word) => BOILERPLATE_WORD.test(word));
}
