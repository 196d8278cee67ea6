import { describe, expect, it } from "vitest";
import { readImportRequest } from "./read-import-request";

const url = "http://localhost/api/projects/1/documents";

/** A body of `size` bytes sent in chunks, without a content-length header. */
function streamedRequest(size: number, contentType: string): Request {
  const chunk = new Uint8Array(1024);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
  // Node needs `duplex` for a streamed body; the DOM typings do not know it yet.
  return new Request(url, { method: "POST", body, headers: { "content-type": contentType }, duplex: "half" } as RequestInit);
}

describe("readImportRequest", () => {
  it("reads the files of a multipart form", async () => {
    const form = new FormData();
    form.append("files", new File(["Title\n\nText"], "a.txt"));
    form.append("files", new File(["{}"], "b.jsonl"));
    const result = await readImportRequest(new Request(url, { method: "POST", body: form }), 1024 * 1024);
    expect("files" in result && result.files.map((f) => [f.name, f.bytes.byteLength])).toEqual([["a.txt", 11], ["b.jsonl", 2]]);
  });

  it("reads where annotations go: pre-annotations by default, or an annotator's set", async () => {
    const form = new FormData();
    form.append("files", new File(["T1\tPER 0 3\tAna\n"], "a.ann"));
    const plain = await readImportRequest(new Request(url, { method: "POST", body: form }), 1024 * 1024);
    expect("annotationsAs" in plain && plain.annotationsAs).toEqual({ as: "preannotations" });
    form.append("annotations", "annotator");
    form.append("annotatorId", "7");
    const chosen = await readImportRequest(new Request(url, { method: "POST", body: form }), 1024 * 1024);
    expect("annotationsAs" in chosen && chosen.annotationsAs).toEqual({ as: "annotator", annotatorId: 7 });
    form.delete("annotatorId");
    await expect(readImportRequest(new Request(url, { method: "POST", body: form }), 1024 * 1024)).rejects.toMatchObject({ status: 400 });
  });

  it("reads the items of a JSON body", async () => {
    const request = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ documents: [{ text: "One" }, { nope: true }] }),
    });
    expect(await readImportRequest(request, 1024)).toEqual({ documents: [{ text: "One" }, { nope: true }] });
  });

  it("refuses other content types with 415", async () => {
    const request = new Request(url, { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
    await expect(readImportRequest(request, 1024)).rejects.toMatchObject({ status: 415 });
  });

  it("refuses a declared length over the limit with 413 before reading", async () => {
    const request = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "2048" },
      body: "{}",
    });
    await expect(readImportRequest(request, 1024)).rejects.toMatchObject({ status: 413 });
  });

  it("stops reading an undeclared body once it passes the limit", async () => {
    await expect(readImportRequest(streamedRequest(64 * 1024, "application/json"), 4096)).rejects.toMatchObject({
      status: 413,
    });
  });

  it("answers 400 for a form without files and for broken JSON", async () => {
    const form = new FormData();
    form.append("other", "value");
    await expect(readImportRequest(new Request(url, { method: "POST", body: form }), 1024)).rejects.toMatchObject({ status: 400 });
    const broken = new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    await expect(readImportRequest(broken, 1024)).rejects.toMatchObject({ status: 400 });
  });
});
