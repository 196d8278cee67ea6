import { importDocuments } from "@/lib/server/documents/import-documents";
import type { ImportFile } from "@/lib/server/documents/collect-import-drafts";
import { createBenchWorkspace } from "./bench-workspace";

/**
 * Imports `count` generated files through the import service, `perCall` files a request, and
 * returns documents per second. Generating the input is not part of the figure.
 */
export async function timeImport(options: { name: string; count: number; perCall: number; file: (i: number) => ImportFile }): Promise<number> {
  const { caller, projectId } = await createBenchWorkspace(options.name);
  let imported = 0;
  let elapsedMs = 0;
  for (let start = 0; start < options.count; start += options.perCall) {
    const files = Array.from({ length: Math.min(options.perCall, options.count - start) }, (_, i) => options.file(start + i));
    const began = performance.now();
    const report = await importDocuments({ caller, projectId, files });
    elapsedMs += performance.now() - began;
    if (report.errors.length > 0) throw new Error(`Import failed: ${JSON.stringify(report.errors[0])}`);
    imported += report.imported.length;
  }
  return imported / (elapsedMs / 1000);
}
