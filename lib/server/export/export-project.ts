import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projects } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { notFound } from "@/lib/server/errors";
import { ThreadStreams } from "@/lib/server/jobs/thread-streams";
import type { ExportFilters } from "./export-filters";
import { exportFormatInfo, type ExportFormat } from "./export-formats";
import type { ProjectExportRequest } from "./write-project-export";

// Reading and writing a large export takes seconds: it runs beside the request thread, which
// only hands the bytes on.
const exportStreams = new ThreadStreams<ProjectExportRequest>("lib/server/export/export-thread.ts");

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
  const [project] = await getDb().select({ name: projects.name }).from(projects).where(eq(projects.id, projectId)).limit(1);
  if (!project) throw notFound("Project");
  const info = exportFormatInfo[format];
  const request: ProjectExportRequest = { projectId, format, filters, seed: options.seed ?? "claimdesk", batchSize: options.batchSize };
  return {
    fileName: `${fileNamePart(project.name)}-${filters.set}.${info.extension}`,
    contentType: info.contentType,
    chunks: exportStreams.stream(request),
  };
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
