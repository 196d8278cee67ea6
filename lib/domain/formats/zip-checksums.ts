/**
 * What a zip's central directory records of each entry's content (its CRC-32), and the CRC-32 of
 * bytes, so that an entry whose stated size is false (a zip bomb claiming little, which an unzipper
 * cuts off at the claim) or whose data is damaged is refused rather than read in part.
 */

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 (ISO 3309, as zip uses it) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;

/**
 * The recorded CRC-32 of each entry, by path, read from the central directory; null when the
 * archive has none that can be read (not a zip, or cut short).
 */
export function recordedChecksums(bytes: Uint8Array): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last thing in the file, followed only by a comment of at most 64 KiB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const checksums = new Map<string, number>();
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralDirectoryEntry) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    // UTF-8 when the entry's flags say so, else one character per byte, as fflate reads names.
    const path = view.getUint16(at + 8, true) & 0x800 ? utf8.decode(name) : String.fromCharCode(...name);
    checksums.set(path, view.getUint32(at + 16, true));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return checksums;
}
