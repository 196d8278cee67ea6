/** Characters XML 1.0 cannot hold at all, even escaped: most C0 controls, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute content for XML: markup characters escaped, impossible characters dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replaceAll("\r", "&#13;")
    .replaceAll("\t", "&#9;")
    .replaceAll("\n", "&#10;");
}
