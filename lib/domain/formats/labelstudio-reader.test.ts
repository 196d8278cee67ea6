import { describe, expect, it } from "vitest";
import { readFixture } from "./fixtures/read-fixture";
import { readLabelStudio } from "./labelstudio-reader";

const pythonSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

function readTasks() {
  const result = readLabelStudio(readFixture("labelstudio/tasks.json"), "tasks.json");
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe("readLabelStudio", () => {
  it("reads every labelled region of every annotation that was not cancelled", () => {
    const { documents, labels } = readTasks();
    expect(documents.map((document) => [document.externalId, document.title, document.spans.length])).toEqual([
      ["17", "托卡耶夫 😀", 3],
      ["18", undefined, 1],
    ]);
    expect(labels).toEqual(["PER", "Claim"]);
  });

  it("keeps code-point offsets, and the annotator and per-region choices", () => {
    const [task] = readTasks().documents;
    for (const span of task!.spans) expect(pythonSlice(task!.text, span.start, span.end)).toBe(span.quote);
    expect(task!.spans[1]).toMatchObject({ label: "Claim", quote: "哈萨克斯坦支持制裁", annotator: "alice@example.com", attributes: { stance: "favor" } });
    expect(task!.spans[2]).toMatchObject({ quote: "Tokayev", annotator: "3" });
    expect(task!.relations).toEqual([{ type: "Claimant", from: 1, to: 0 }]);
  });

  it("converts UTF-16 offsets of an older Label Studio when only they match the region text", () => {
    const old = readTasks().documents[1]!;
    expect(old.spans[0]).toMatchObject({ start: 17, end: 24, quote: "Tokayev" });
  });

  it("names the task of a region whose text does not match", () => {
    const task = { data: { text: "😀 托卡耶夫" }, annotations: [{ result: [{ id: "x", type: "labels", value: { start: 2, end: 4, text: "托卡耶夫", labels: ["PER"] } }] }] };
    const result = readLabelStudio(JSON.stringify([task]), "export.json");
    expect(result.ok ? null : result.error).toEqual({
      code: "quote_mismatch",
      message: 'export.json: task 1, result x: region [2, 4) reads "托卡" in the text, but the file says "托卡耶夫"',
      document: "export.json: task 1, result x",
    });
  });

  it("refuses invalid JSON and tasks without text", () => {
    expect(readLabelStudio("[{", "a.json")).toMatchObject({ ok: false, error: { code: "invalid_json" } });
    expect(readLabelStudio('[{"data":{"image":"x.png"}}]', "a.json")).toMatchObject({ ok: false, error: { code: "missing_text" } });
    expect(readLabelStudio('[{"data":{"text":"t"},"annotations":[{"result":"x"}]}]', "a.json")).toMatchObject({ ok: false, error: { code: "invalid_document" } });
  });
});
