import { ImportError } from "./import-error";

/** How much of a file is inspected for control characters (NUL is looked for everywhere). */
const BINARY_SNIFF_BYTES = 64 * 1024;
/** Text files have almost no control characters; images and archives have many. */
const MAX_CONTROL_CHARACTER_SHARE = 0.1;

/**
 * Decodes an uploaded file as UTF-8 (a BOM is dropped), or throws an ImportError saying
 * why it is not a text file: empty, binary, or in another encoding.
 */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError("empty_file", "the file is empty");
  if (hasUtf16ByteOrderMark(bytes)) {
    throw new ImportError("invalid_encoding", "the file is UTF-16; save it as UTF-8 and upload it again");
  }
  if (looksBinary(bytes)) {
    throw new ImportError("binary_file", "the file is binary (for example an image or an archive), not text");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("invalid_encoding", "the file is not valid UTF-8; save it as UTF-8 and upload it again");
  }
  if (text.trim() === "") throw new ImportError("empty_file", "the file contains only whitespace");
  return text;
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const length = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
    if ((byte < 0x20 && (byte < 0x09 || (byte > 0x0d && byte !== 0x1b))) || byte === 0x7f) control++;
  }
  return control / length > MAX_CONTROL_CHARACTER_SHARE;
}
