import { unzipSync } from "fflate";
import { decodeImportBytes } from "@/lib/domain/import/decode-import-bytes";
import { ImportError } from "@/lib/domain/import/import-error";
import type { SourceFile } from "./brat-reader";
import { FormatError } from "./read-result";
import { crc32, recordedChecksums } from "./zip-checksums";

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

// macOS adds resource forks under __MACOSX/ and .DS_Store files to the zips it makes.
const isWanted = (path: string) =>
  !path.endsWith("/") &&
  !path.startsWith("__MACOSX/") &&
  !baseName(path).startsWith(".") &&
  (/\.(txt|ann)$/i.test(path) || baseName(path).toLowerCase() === "annotation.conf");

// An entry that would land outside the folder it is unpacked into, were it unpacked to disk.
const escapesTheArchive = (path: string) => /^([a-z]:)?[\\/]/i.test(path) || path.split(/[\\/]/).includes("..");

/**
 * The brat files of a zip (`.txt`, `.ann`, `annotation.conf`, at any depth), decoded as UTF-8.
 * Unpacking stops at `maxUnpackedBytes` of stated sizes, so that a small zip cannot fill the
 * memory; an entry whose content does not match its recorded checksum (a false size, damage) and
 * a path leaving the archive (`../`, absolute) refuse the whole zip.
 */
export function unzipBratSources(bytes: Uint8Array, name: string, maxUnpackedBytes: number): SourceFile[] {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  let escaping: string | undefined;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (escapesTheArchive(entry.name)) escaping ??= entry.name;
        if (escaping !== undefined || !isWanted(entry.name)) return false;
        unpacked += entry.originalSize;
        return unpacked <= maxUnpackedBytes;
      },
    });
  } catch {
    throw new FormatError({ code: "invalid_archive", message: "not a readable zip file", document: name });
  }
  if (escaping !== undefined) {
    throw new FormatError({ code: "invalid_archive", message: `the entry "${escaping}" points outside the archive`, document: name });
  }
  if (unpacked > maxUnpackedBytes) {
    const limitMb = Math.round((maxUnpackedBytes / 1024 / 1024) * 10) / 10;
    throw new FormatError({ code: "invalid_archive", message: `the zip unpacks to more than ${limitMb} MB`, document: name });
  }
  const checksums = recordedChecksums(bytes);
  for (const [path, content] of Object.entries(entries)) {
    if (checksums?.get(path) !== crc32(content)) {
      throw new FormatError({
        code: "invalid_archive",
        message: `the entry "${path}" is damaged or states a false size; zip the files again`,
        document: name,
      });
    }
  }
  const paths = Object.keys(entries).sort();
  if (!paths.some((path) => /\.ann$/i.test(path) || path.toLowerCase().endsWith("annotation.conf"))) {
    throw new FormatError({
      code: "unrecognized_format",
      message: "the zip holds no brat annotation files (.ann or annotation.conf); zip brat standoff, or upload the texts themselves",
      document: name,
    });
  }
  return paths.map((path) => ({ path, content: decodeEntry(path, entries[path]!) }));
}

function decodeEntry(path: string, bytes: Uint8Array): string {
  if (bytes.byteLength === 0 && /\.ann$/i.test(path)) return "";
  try {
    return decodeImportBytes(bytes);
  } catch (error) {
    if (error instanceof ImportError) throw new ImportError(error.code, `${path}: ${error.message}`);
    throw error;
  }
}
