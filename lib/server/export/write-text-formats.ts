import "server-only";
import { exportClaimdeskJsonlLine } from "@/lib/domain/export/claimdesk-jsonl";
import { claimsCsvHeader, exportClaimsCsvRows } from "@/lib/domain/export/claims-csv";
import { exportConllDocument } from "@/lib/domain/export/conll";
import { selectAnnotationSet } from "@/lib/domain/export/dataset-model";
import { exportDoccanoLine } from "@/lib/domain/export/doccano";
import { jsonArrayElement, jsonArrayEnd } from "@/lib/domain/export/json-array";
import { exportLabelStudioTask } from "@/lib/domain/export/labelstudio";
import { type ExportChunk, type ExportInput, selectorName, selectorsFor } from "./export-input";

/** Lossless JSONL: one line per document holding every selected set. */
export async function* writeJsonl(input: ExportInput): AsyncGenerator<ExportChunk> {
  const engineLines = input.engineJsonlLines();
  if (engineLines) {
    yield* engineLines;
    return;
  }
  for await (const batch of input.batches()) {
    yield batch.map(({ document }) => exportClaimdeskJsonlLine(document)).join("");
  }
}

/** Claim spans as CSV; the `annotator` column says whose (or "gold"). */
export async function* writeCsv(input: ExportInput): AsyncGenerator<ExportChunk> {
  yield claimsCsvHeader();
  for await (const batch of input.batches()) {
    yield batch.map(({ document }) => exportClaimsCsvRows(document)).join("");
  }
}

/**
 * CoNLL holds one set per document block. Gold-only exports are plain CoNLL; otherwise a
 * `# document=<id> set=<gold|email>` comment line says whose block follows.
 */
export async function* writeConll(input: ExportInput): AsyncGenerator<ExportChunk> {
  for await (const batch of input.batches()) {
    const parts: string[] = [];
    for (const loaded of batch) {
      for (const selector of selectorsFor(loaded, input.set)) {
        if (input.set !== "gold") parts.push(`# document=${loaded.document.id} set=${selectorName(selector)}\n`);
        parts.push(exportConllDocument(selectAnnotationSet(loaded.document, selector)));
      }
    }
    yield parts.join("");
  }
}

/** A JSON array of Label Studio tasks, streamed one task at a time. */
export async function* writeLabelStudio(input: ExportInput): AsyncGenerator<ExportChunk> {
  let count = 0;
  for await (const batch of input.batches()) {
    yield batch.map(({ document }) => jsonArrayElement(exportLabelStudioTask(document), count++)).join("");
  }
  yield jsonArrayEnd(count);
}

/** doccano JSONL, one line per document and set; lines other than gold carry an `annotator` field. */
export async function* writeDoccano(input: ExportInput): AsyncGenerator<ExportChunk> {
  for await (const batch of input.batches()) {
    const lines: string[] = [];
    for (const loaded of batch) {
      for (const selector of selectorsFor(loaded, input.set)) {
        const line = exportDoccanoLine(selectAnnotationSet(loaded.document, selector));
        lines.push(input.set === "gold" ? line : `{"annotator":${JSON.stringify(selectorName(selector))},${line.slice(1)}`);
      }
    }
    yield lines.join("");
  }
}
