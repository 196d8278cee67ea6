import "server-only";
import { getDb } from "@/db/client";
import type { ExportFilters } from "./export-filters";
import type { ExportFormat } from "./export-formats";
import type { ExportChunk, ExportInput } from "./export-input";
import { readEngineJsonlLines } from "./export-rows/export-rows";
import { defaultExportBatchSize, loadExportBatches } from "./load-export-batches";
import { loadExportContext } from "./load-export-context";
import { writeConll, writeCsv, writeDoccano, writeJsonl, writeLabelStudio } from "./write-text-formats";
import { writeBratZip, writeHuggingFaceZip, writeNetworkZip } from "./write-zip-formats";

const writers: Record<ExportFormat, (input: ExportInput) => AsyncGenerator<ExportChunk>> = {
  jsonl: writeJsonl,
  csv: writeCsv,
  conll: writeConll,
  labelstudio: writeLabelStudio,
  doccano: writeDoccano,
  brat: writeBratZip,
  huggingface: writeHuggingFaceZip,
  network: writeNetworkZip,
};

export interface ProjectExportRequest {
  projectId: number;
  format: ExportFormat;
  filters: ExportFilters;
  seed: string;
  batchSize?: number;
}

/**
 * The bytes of a project's export, made lazily batch by batch as they are read, so memory holds
 * one batch however large the project. No access check: exportProject makes it.
 */
export async function* writeProjectExport(request: ProjectExportRequest): AsyncGenerator<Uint8Array> {
  const { projectId, format, filters, seed, batchSize } = request;
  const db = getDb();
  const { projectDescription, ...context } = await loadExportContext(db, projectId);
  const input: ExportInput = {
    batches: (accept) => loadExportBatches({ db, projectId, filters, batchSize, accept }),
    engineJsonlLines: () => readEngineJsonlLines({ projectId, filters, batchSize: batchSize ?? defaultExportBatchSize }),
    context,
    projectDescription,
    set: filters.set,
    seed,
  };
  const encoder = new TextEncoder();
  for await (const chunk of writers[format](input)) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    if (bytes.byteLength > 0) yield bytes;
  }
}
