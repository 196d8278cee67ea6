import { normalizeLineEndings, normalizeText } from "@/lib/domain/text/normalize-text";
import { FormatError } from "./read-result";

export interface NormalizedText {
  text: string;
  /** Maps a code-point offset into the file's text to one into `text`. */
  offset: (original: number) => number;
}

/**
 * Brings a file's text into Claimdesk's canonical form (no BOM, `\n` line endings, NFC) and
 * moves the file's code-point offsets with it. The text between two consecutive offsets is
 * normalised on its own; when the pieces do not add up to the normalised whole, an offset
 * splits a `\r\n` or a character that NFC composes, and no offset in the text can be trusted.
 */
export function normalizeAnnotatedText(raw: string, offsets: readonly number[], document: string): NormalizedText {
  if (!raw.startsWith("\uFEFF") && !raw.includes("\r") && raw.normalize("NFC") === raw) {
    return { text: raw, offset: (original) => original };
  }
  const characters = Array.from(raw);
  const boundaries = [...new Set([0, characters.length, ...offsets.filter((o) => o >= 0 && o <= characters.length)])].sort(
    (a, b) => a - b,
  );
  const moved = new Map<number, number>();
  let text = "";
  let length = 0;
  boundaries.forEach((boundary, index) => {
    moved.set(boundary, length);
    const next = boundaries[index + 1];
    if (next === undefined) return;
    let piece = characters.slice(boundary, next).join("");
    if (boundary === 0) piece = piece.replace(/^\uFEFF/, "");
    piece = normalizeLineEndings(piece).normalize("NFC");
    text += piece;
    length += Array.from(piece).length;
  });
  if (text !== normalizeText(raw)) {
    throw new FormatError({
      code: "offset_out_of_range",
      message:
        "a span starts or ends inside a \\r\\n line break or inside a character that Unicode normalisation (NFC) joins, so its offsets cannot be kept",
      document,
    });
  }
  return {
    text,
    offset: (original) => {
      const offset = moved.get(original);
      if (offset === undefined) throw new RangeError(`offset ${original} was not given to normalizeAnnotatedText`);
      return offset;
    },
  };
}
