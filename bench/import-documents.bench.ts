import { importDocuments } from "@/lib/server/documents/import-documents";
import { type BenchRow, peakRssMb } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { plainTextArticle } from "./generate-articles";

const articleCount = 10_000;
const filesPerCall = 500;

/** 10,000 unique ~3 KB plain-text articles through the import service, 500 files per call. */
export function benchImportPlainText(): BenchRow[] {
  const { caller, projectId } = createBenchWorkspace("import-plain-text");
  const encoder = new TextEncoder();
  let imported = 0;
  let elapsedMs = 0;
  for (let start = 0; start < articleCount; start += filesPerCall) {
    // Generating the input is not part of the figure.
    const files = Array.from({ length: Math.min(filesPerCall, articleCount - start) }, (_, i) => ({
      name: `article-${start + i}.txt`,
      bytes: encoder.encode(plainTextArticle(start + i)),
    }));
    const began = performance.now();
    const report = importDocuments({ caller, projectId, files });
    elapsedMs += performance.now() - began;
    if (report.errors.length > 0) throw new Error(`Import failed: ${JSON.stringify(report.errors[0])}`);
    imported += report.imported.length;
  }
  return [
    { name: "import plain text (10,000 × 3 KB)", figure: imported / (elapsedMs / 1000), unit: "documents/s", budget: "≥ 2,000" },
    { name: "import plain text: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
