import { unzipSync } from "fflate";
import { decodeImportBytes } from "@/lib/domain/import/decode-import-bytes";
import { ImportError } from "@/lib/domain/import/import-error";
import type { SourceFile } from "./brat-reader";
import { FormatError } from "./read-result";

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

// macOS adds resource forks under __MACOSX/ and .DS_Store files to the zips it makes.
const isWanted = (path: string) =>
  !path.endsWith("/") &&
  !path.startsWith("__MACOSX/") &&
  !baseName(path).startsWith(".") &&
  (/\.(txt|ann)$/i.test(path) || baseName(path).toLowerCase() === "annotation.conf");

/**
 * The brat files of a zip (`.txt`, `.ann`, `annotation.conf`, at any depth), decoded as UTF-8.
 * Unpacking stops at `maxUnpackedBytes`, so that a small zip cannot fill the memory.
 */
export function unzipBratSources(bytes: Uint8Array, name: string, maxUnpackedBytes: number): SourceFile[] {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        if (!isWanted(entry.name)) return false;
        unpacked += entry.originalSize;
        return unpacked <= maxUnpackedBytes;
      },
    });
  } catch {
    throw new FormatError({ code: "invalid_archive", message: "not a readable zip file", document: name });
  }
  if (unpacked > maxUnpackedBytes) {
    const limitMb = Math.round((maxUnpackedBytes / 1024 / 1024) * 10) / 10;
    throw new FormatError({ code: "invalid_archive", message: `the zip unpacks to more than ${limitMb} MB`, document: name });
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
