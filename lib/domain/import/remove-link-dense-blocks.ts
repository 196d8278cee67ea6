const BLOCK_TAGS = new Set(["p", "li", "ul", "ol", "dl", "div", "section", "table", "blockquote"]);
/** Above this share of text inside links, a block is a link list (related stories, promos). */
const MAX_LINK_TEXT_SHARE = 0.5;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface TextMeasure {
  text: number;
  link: number;
}

/**
 * Removes blocks that are mostly links, such as a paragraph of promoted headlines
 * separated by `<br>`. Tag links inside a sentence are a small share and stay.
 */
export function removeLinkDenseBlocks(root: Element): void {
  const dense: Element[] = [];
  // Measured bottom-up in one walk; each block is judged on its whole original content.
  const measure = (node: Node, insideLink: boolean): TextMeasure => {
    if (node.nodeType === TEXT_NODE) {
      const text = countVisible((node as Text).data);
      return { text, link: insideLink ? text : 0 };
    }
    const total: TextMeasure = { text: 0, link: 0 };
    if (node.nodeType !== ELEMENT_NODE) return total;
    const tag = (node as Element).localName.toLowerCase();
    const inLink = insideLink || tag === "a";
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      const part = measure(child, inLink);
      total.text += part.text;
      total.link += part.link;
    }
    if (BLOCK_TAGS.has(tag) && total.text > 0 && total.link / total.text > MAX_LINK_TEXT_SHARE) {
      dense.push(node as Element);
    }
    return total;
  };
  measure(root, false);
  for (const block of dense) if (block !== root) block.remove();
}

/** Characters other than whitespace. */
function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000) count++;
  }
  return count;
}
