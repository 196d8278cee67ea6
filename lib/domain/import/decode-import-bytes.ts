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
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineAt(bytes, nul);
    throw new ImportError("binary_file", `line ${line} holds a NUL byte, which no text has: the file is damaged or not text`, line);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineAt(bytes, firstInvalidUtf8(bytes));
    throw new ImportError(
      "invalid_encoding",
      `line ${line} is not valid UTF-8 (the file is in another encoding, or damaged); save it as UTF-8 and upload it again`,
      line,
    );
  }
  if (text.trim() === "") throw new ImportError("empty_file", "the file contains only whitespace");
  return text;
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

/** The 1-based line that the byte at `offset` is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Where the first byte sequence that is not UTF-8 starts, in a file known to hold one. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // A prefix decodes (a character cut off at its end aside) exactly when it ends before that byte.
  const decodes = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (decodes(middle)) valid = middle;
    else invalid = middle;
  }
  return valid;
}

function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
    if ((byte < 0x20 && (byte < 0x09 || (byte > 0x0d && byte !== 0x1b))) || byte === 0x7f) control++;
  }
  return control / length > MAX_CONTROL_CHARACTER_SHARE;
}
