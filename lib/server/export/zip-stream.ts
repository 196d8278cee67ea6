import "server-only";
import { Zip, ZipDeflate } from "fflate";

const encoder = new TextEncoder();

/**
 * A zip archive written as it goes (fflate's streaming Zip): files are added one after
 * another and `drain()` hands out the compressed bytes produced so far, so that memory holds
 * at most the file being written. Files must not overlap: fflate would buffer the later one.
 */
export class ZipStream {
  private chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, data) => {
    if (error) this.failure = error;
    else this.chunks.push(data);
  });

  addFile(path: string, content: string): void {
    const file = this.openFile(path);
    file.push(encoder.encode(content), true);
  }

  /** A file written in pieces: `push(bytes, final)`; the last push must be final. */
  openFile(path: string): { push(data: Uint8Array, final?: boolean): void; write(text: string): void; close(): void } {
    const file = new ZipDeflate(path, { level: 6 });
    this.zip.add(file);
    return {
      push: (data, final = false) => file.push(data, final),
      write: (text) => file.push(encoder.encode(text), false),
      close: () => file.push(new Uint8Array(0), true),
    };
  }

  end(): void {
    this.zip.end();
  }

  drain(): Uint8Array[] {
    if (this.failure) throw this.failure;
    const out = this.chunks;
    this.chunks = [];
    return out;
  }
}
