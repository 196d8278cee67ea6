import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportClaimdeskJsonlLine } from "@/lib/domain/export/claimdesk-jsonl";
import { sampleDocument } from "@/lib/domain/export/fixtures/sample-documents";
import type { AnnotatedFile } from "./annotated-draft";
import { type AnnotatedFileError, recognizeImportFiles, type RecognizedFile, type UploadedFile } from "./recognize-import-files";

const file = (name: string, content: string): UploadedFile => ({ name, bytes: strToU8(content) });
const recognize = (files: UploadedFile[]) => recognizeImportFiles(files, { maxUnpackedBytes: 1024 * 1024 });
const pythonSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

function annotatedFiles(recognized: RecognizedFile[]): AnnotatedFile[] {
  return recognized.map((item) => {
    if (item.kind !== "annotated" || !item.result.ok) throw new Error(`not read: ${JSON.stringify(item)}`);
    return item.result.file;
  });
}

function errorOf(recognized: RecognizedFile[]): AnnotatedFileError {
  const [item] = recognized;
  if (item?.kind !== "annotated" || item.result.ok) throw new Error(`no error: ${JSON.stringify(item)}`);
  return item.result.error;
}

const conf = "[entities]\nPERSON\nPLACE\nGROUP\n\n[relations]\n[events]\n[attributes]\n";
const riverText = "Ana Ruiz llegó a Tarragona 🚆 con Grupo Delta.\nLa reunión terminó tarde.\n";
const riverAnn = "T1\tPERSON 0 8\tAna Ruiz\nT2\tPLACE 17 26\tTarragona\nT3\tGROUP 33 44\tGrupo Delta\n";

describe("recognizeImportFiles", () => {
  it("pairs .txt and .ann files by base name, with annotation.conf, and leaves other texts to the plain import", () => {
    const recognized = recognize([file("river.txt", riverText), file("plain.txt", "Just a text.\n"), file("river.ann", riverAnn), file("annotation.conf", conf)]);
    expect(recognized.map((item) => item.kind)).toEqual(["documents", "annotated"]);
    const [brat] = annotatedFiles(recognized.slice(1));
    expect(brat).toMatchObject({ name: "river.ann", format: "brat", declaredLabels: ["PERSON", "PLACE", "GROUP"] });
    const [document] = brat!.documents;
    expect(document!.draft).toMatchObject({ title: "Ana Ruiz llegó a Tarragona 🚆 con Grupo Delta.", externalId: "river", sourceFormat: "brat", text: riverText });
    expect(document!.spans.map((span) => [span.label, span.quote])).toEqual([["PERSON", "Ana Ruiz"], ["PLACE", "Tarragona"], ["GROUP", "Grupo Delta"]]);
    for (const span of document!.spans) expect(pythonSlice(document!.draft.text, span.start, span.end)).toBe(span.quote);
  });

  it("reads a zipped brat collection at any depth, ignoring macOS extras, as one file", () => {
    const zip = zipSync({
      "corpus/annotation.conf": strToU8(conf),
      "corpus/a/river.txt": strToU8(riverText),
      "corpus/a/river.ann": strToU8(riverAnn),
      "corpus/b/empty.txt": strToU8("Nada que marcar aquí.\n"),
      "corpus/b/empty.ann": new Uint8Array(),
      "__MACOSX/corpus/a/._river.txt": new Uint8Array([0, 1, 2]),
      "corpus/.DS_Store": new Uint8Array([0, 0, 0]),
    });
    const [brat] = annotatedFiles(recognize([{ name: "corpus.zip", bytes: zip }]));
    expect(brat!.documents.map((document) => [document.name, document.spans.length])).toEqual([
      ["corpus.zip/corpus/a/river.txt", 3],
      ["corpus.zip/corpus/b/empty.txt", 0],
    ]);
  });

  it("moves offsets with the text when it is normalised (\\r\\n, NFC)", () => {
    const text = "Cafe\u0301 Sol\r\nJosé Pérez\r\n";
    const ann = "T1\tPLACE 0 9\tCafe\u0301 Sol\nT2\tPERSON 11 21\tJosé Pérez\n";
    const [document] = annotatedFiles(recognize([file("cafe.txt", text), file("cafe.ann", ann)]))[0]!.documents;
    expect(document!.draft.text).toBe("Café Sol\nJosé Pérez\n");
    expect(document!.spans.map((span) => [span.start, span.end, span.quote])).toEqual([[0, 8, "Café Sol"], [9, 19, "José Pérez"]]);
  });

  it("refuses a span that ends inside a character that NFC composes", () => {
    const error = errorOf(recognize([file("split.txt", "Cafe\u0301 Sol\n"), file("split.ann", "T1\tPLACE 0 4\tCafe\n")]));
    expect(error).toMatchObject({ file: "split.ann", code: "offset_out_of_range" });
    expect(error.message).toContain("normalisation");
  });

  it("names the file and line of a span whose text does not match, and of an .ann without its text", () => {
    const mismatch = errorOf(recognize([file("river.txt", riverText), file("river.ann", "T1\tPERSON 0 8\tAna Ruiz\nT2\tPLACE 18 27\tTarragona\n")]));
    expect(mismatch).toMatchObject({ file: "river.ann", code: "quote_mismatch", line: 2 });
    expect(mismatch.message).toContain('"Tarragona"');
    expect(errorOf(recognize([file("lonely.ann", riverAnn)]))).toMatchObject({ file: "lonely.ann", code: "missing_text" });
  });

  it("reads Label Studio tasks: claims with their stance choice and claimant relation, file titles", () => {
    const text = "Mayor Lind said the bridge will reopen in May.";
    const tasks = [
      {
        id: 3,
        data: { text, title: "Bridge news" },
        annotations: [
          {
            completed_by: { email: "ann@example.org" },
            result: [
              { id: "a", type: "labels", from_name: "label", to_name: "text", value: { start: 6, end: 10, text: "Lind", labels: ["PERSON"] } },
              { id: "b", type: "labels", from_name: "label", to_name: "text", value: { start: 16, end: 45, text: "the bridge will reopen in May", labels: ["Claim"] } },
              { id: "b", type: "choices", from_name: "stance", to_name: "text", value: { start: 16, end: 45, choices: ["favor"] } },
              { type: "relation", from_id: "b", to_id: "a", labels: ["Claimant"] },
            ],
          },
        ],
      },
    ];
    const [labelStudio] = annotatedFiles(recognize([file("tasks.json", JSON.stringify(tasks))]));
    const [document] = labelStudio!.documents;
    expect(labelStudio!.format).toBe("labelstudio");
    expect(document!.draft).toMatchObject({ title: "Bridge news", externalId: "3" });
    expect(document!.spans).toEqual([
      expect.objectContaining({ layer: "entity", label: "PERSON", quote: "Lind" }),
      expect.objectContaining({ layer: "claim", label: null, stance: "favor", claimantMention: 0 }),
    ]);
    expect(document!.relations).toEqual([]);
  });

  it("reads a Label Studio task's predictions when it has no annotations", () => {
    const tasks = [{ data: { text: "Lind spoke in Gent." }, predictions: [{ model_version: "ner-1", result: [{ id: "x", type: "labels", value: { start: 14, end: 18, text: "Gent", labels: ["LOC"] } }] }] }];
    const [labelStudio] = annotatedFiles(recognize([file("predicted.json", JSON.stringify(tasks))]));
    expect(labelStudio!.documents[0]!.spans.map((span) => [span.label, span.quote])).toEqual([["LOC", "Gent"]]);
  });

  it("refuses a Label Studio task holding two annotators' work", () => {
    const result = (email: string) => ({ completed_by: { email }, result: [{ id: email, type: "labels", value: { start: 0, end: 4, labels: ["X"] } }] });
    const tasks = [{ data: { text: "Lind spoke." }, annotations: [result("a@example.org"), result("b@example.org")] }];
    expect(errorOf(recognize([file("two.json", JSON.stringify(tasks))]))).toMatchObject({ code: "mixed_annotation_sets" });
  });

  it("reads doccano JSONL (also pretty-printed, UTF-16 offsets), keeping a repeated span once", () => {
    const lines = [
      JSON.stringify({ text: "🚆 Tren a Lleida", label: [[10, 16, "PLACE"], [10, 16, "PLACE"]], meta: { source: "rail" } }),
      JSON.stringify({ text: "Sin etiquetas", label: [] }),
    ].join("\n");
    const [doccano] = annotatedFiles(recognize([file("seq.jsonl", lines)]));
    expect(doccano!.format).toBe("doccano");
    expect(doccano!.documents[0]!.spans.map((span) => [span.start, span.end, span.quote])).toEqual([[9, 15, "Lleida"]]);
    expect(doccano!.documents[0]!.draft.metadata).toEqual({ source: "rail" });
    const pretty = JSON.stringify({ text: "Lind met Ruiz.", entities: [{ id: 1, start_offset: 0, end_offset: 4, label: "PERSON" }, { id: 2, start_offset: 9, end_offset: 13, label: "PERSON" }], relations: [{ from_id: 1, to_id: 2, type: "met" }] }, null, 2);
    const [relations] = annotatedFiles(recognize([file("rel.jsonl", pretty)]));
    expect(relations!.documents[0]!.relations).toEqual([{ type: "met", from: 0, to: 1 }]);
  });

  it("leaves document JSONL and doccano text classification to the plain import", () => {
    const plain = file("docs.jsonl", JSON.stringify({ title: "T", text: "A text." }));
    const classification = file("cls.jsonl", JSON.stringify({ text: "Good.", label: ["positive"] }));
    expect(recognize([plain, classification]).map((item) => item.kind)).toEqual(["documents", "documents"]);
  });

  it("reads Claimdesk's own JSONL export with its catalog names", () => {
    const document = sampleDocument();
    const gold = { ...document, spans: document.spans.filter((span) => span.set === "gold"), relations: [], documentLabels: document.documentLabels.filter((label) => label.set === "gold") };
    const [claimdesk] = annotatedFiles(recognize([file("export.jsonl", exportClaimdeskJsonlLine(gold))]));
    expect(claimdesk!.format).toBe("claimdesk-jsonl");
    const [draft] = claimdesk!.documents;
    expect(draft!.draft.title).toBe(document.title);
    expect(draft!.spans.length).toBe(gold.spans.length);
    expect(errorOf(recognize([file("all.jsonl", exportClaimdeskJsonlLine(document))]))).toMatchObject({ code: "mixed_annotation_sets" });
    const [claim, mention] = [gold.spans.find((span) => span.layer === "claim")!, gold.spans.find((span) => span.layer === "entity")!];
    const backwards = { ...gold, spans: gold.spans.map((span) => (span === mention ? { ...span, claimantMentionId: claim.id } : { ...span, claimantMentionId: null })) };
    expect(errorOf(recognize([file("odd.jsonl", exportClaimdeskJsonlLine(backwards))]))).toMatchObject({ code: "unknown_reference" });
  });

  it("says what it expected of an unknown JSON file or a zip without brat files", () => {
    expect(errorOf(recognize([file("x.json", '[{"rows": 1}]')]))).toMatchObject({ code: "unrecognized_format" });
    const zip = zipSync({ "a.txt": strToU8("A text.") });
    expect(errorOf(recognize([{ name: "texts.zip", bytes: zip }]))).toMatchObject({ code: "unrecognized_format" });
    expect(errorOf(recognize([{ name: "broken.zip", bytes: strToU8("not a zip") }]))).toMatchObject({ code: "invalid_archive" });
  });
});
