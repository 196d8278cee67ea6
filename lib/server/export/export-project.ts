import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import type { ExportFilters } from "./export-filters";
import { exportFormatInfo, type ExportFormat } from "./export-formats";
import type { ExportChunk, ExportInput } from "./export-input";
import { loadExportBatches } from "./load-export-batches";
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

export interface ProjectExport {
  fileName: string;
  contentType: string;
  /**
   * The file's bytes, produced lazily batch by batch: reading it is what runs the export.
   * Whoever stops reading early calls `return()`, which releases what the reading holds.
   */
  chunks: AsyncGenerator<Uint8Array>;
}

const fileNamePart = (value: string) =>
  value.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase() || "project";

/**
 * Managers and reviewers (and admins) export a project's annotations; annotators may not
 * (403). Access is checked now; the documents are read later, 200 at a time, as the chunks
 * are consumed, so memory stays flat however large the project. The `system` caller is the
 * command line's, which has full access.
 */
export async function exportProject(options: {
  caller: Caller | "system";
  projectId: number;
  format: ExportFormat;
  filters: ExportFilters;
  /** Seed of the Hugging Face split; the same seed gives the same split. */
  seed?: string;
  batchSize?: number;
}): Promise<ProjectExport> {
  const { caller, projectId, format, filters } = options;
  if (caller !== "system") await requireProjectRole(caller, projectId, "manager", "reviewer");
  const db = getDb();
  const { projectDescription, ...context } = await loadExportContext(db, projectId);
  const input: ExportInput = {
    batches: (accept) => loadExportBatches({ db, projectId, filters, batchSize: options.batchSize, accept }),
    context,
    projectDescription,
    set: filters.set,
    seed: options.seed ?? "claimdesk",
  };
  const info = exportFormatInfo[format];
  return {
    fileName: `${fileNamePart(context.projectName)}-${filters.set}.${info.extension}`,
    contentType: info.contentType,
    chunks: encodeChunks(writers[format](input)),
  };
}

async function* encodeChunks(chunks: AsyncGenerator<ExportChunk>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    if (bytes.byteLength > 0) yield bytes;
  }
}

/**
 * A web stream that pulls one chunk at a time, so a slow client holds back the reading; a
 * client that goes away cancels it, which ends the export and releases what it holds.
 */
export function exportToReadableStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
