import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { unzipBratSources } from "./brat-zip";
import { FormatError } from "./read-result";
import { crc32, recordedChecksums } from "./zip-checksums";

const limit = 1024 * 1024;
const ann = strToU8("T1\tPER 0 7\tTokayev\n");
const txt = strToU8("Tokayev spoke.\n");

/** Rewrites the size a zip states for entries of `actual` bytes, in local headers and the central directory. */
function stateSize(zip: Uint8Array, actual: number, stated: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 30 < copy.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint32(at + 22, true) === actual) view.setUint32(at + 22, stated, true);
    if (signature === 0x02014b50 && view.getUint32(at + 24, true) === actual) view.setUint32(at + 24, stated, true);
  }
  return copy;
}

function refusal(bytes: Uint8Array): string {
  try {
    unzipBratSources(bytes, "corpus.zip", limit);
  } catch (error) {
    if (error instanceof FormatError) {
      expect(error.detail).toMatchObject({ code: "invalid_archive", document: "corpus.zip" });
      return error.message;
    }
    throw error;
  }
  throw new Error("the zip was read");
}

describe("unzipBratSources on hostile zips", () => {
  it("reads an honest zip", () => {
    const sources = unzipBratSources(zipSync({ "a/t.txt": txt, "a/t.ann": ann }), "corpus.zip", limit);
    expect(sources.map((source) => [source.path, source.content])).toEqual([
      ["a/t.ann", "T1\tPER 0 7\tTokayev\n"],
      ["a/t.txt", "Tokayev spoke.\n"],
    ]);
  });

  it("refuses a zip bomb that states its true size, before unpacking it", () => {
    const bomb = zipSync({ "t.ann": ann, "t.txt": new Uint8Array(8 * limit).fill(0x41) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(refusal(bomb)).toBe("corpus.zip: the zip unpacks to more than 1 MB");
  });

  it("refuses an entry that claims 4 GB, without allocating it", () => {
    const claim = stateSize(zipSync({ "t.ann": ann, "t.txt": txt }), txt.length, 0xfffffff0);
    expect(refusal(claim)).toBe("corpus.zip: the zip unpacks to more than 1 MB");
  });

  it("refuses a zip bomb that states a small size, rather than importing the part it was cut to", () => {
    const size = 4 * limit;
    const lying = stateSize(zipSync({ "t.ann": ann, "t.txt": new Uint8Array(size).fill(0x41) }, { level: 9 }), size, 1000);
    expect(refusal(lying)).toBe('corpus.zip: the entry "t.txt" is damaged or states a false size; zip the files again');
  });

  it("refuses damaged data", () => {
    const zip = zipSync({ "t.ann": ann, "t.txt": txt }, { level: 0 });
    const damaged = zip.slice();
    const at = damaged.indexOf(0x54); // the stored text's first byte, "T"
    damaged[at + 1] = 0x21;
    expect(refusal(damaged)).toMatch(/is damaged or states a false size/);
  });

  it.each([["../../etc/t.ann"], ["corpus/../../t.ann"], ["/etc/t.ann"], ["C:\\\\t.ann"], ["a\\\\..\\\\..\\\\t.ann"]])(
    "refuses the whole zip when an entry points outside it: %s",
    (path) => {
      expect(refusal(zipSync({ "t.txt": txt, [path]: ann }))).toBe(`corpus.zip: the entry "${path}" points outside the archive`);
    },
  );

  it("refuses a zip cut short", () => {
    const zip = zipSync({ "t.ann": ann, "t.txt": txt });
    expect(refusal(zip.subarray(0, zip.length - 30))).toBe("corpus.zip: not a readable zip file");
  });
});

describe("zip checksums", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("reads the recorded checksum of every entry, by the name fflate gives it", () => {
    const zip = zipSync({ "a.txt": txt, "ü/b.ann": ann });
    expect(recordedChecksums(zip)).toEqual(new Map([["a.txt", crc32(txt)], ["ü/b.ann", crc32(ann)]]));
    expect(recordedChecksums(strToU8("not a zip"))).toBeNull();
  });
});
