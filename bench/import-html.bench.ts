import { importDocuments } from "@/lib/server/documents/import-documents";
import { type BenchRow, peakRssMb } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { newsHtmlPage } from "./generate-html-page";

const pageCount = 1_000;
const filesPerCall = 100;

/** 1,000 ~30 KB news pages (boilerplate, scripts, ads) through the import service. */
export function benchImportHtml(): BenchRow[] {
  const { caller, projectId } = createBenchWorkspace("import-html");
  const encoder = new TextEncoder();
  let imported = 0;
  let elapsedMs = 0;
  for (let start = 0; start < pageCount; start += filesPerCall) {
    const files = Array.from({ length: Math.min(filesPerCall, pageCount - start) }, (_, i) => ({
      name: `page-${start + i}.html`,
      bytes: encoder.encode(newsHtmlPage(start + i)),
    }));
    const began = performance.now();
    const report = importDocuments({ caller, projectId, files });
    elapsedMs += performance.now() - began;
    if (report.errors.length > 0) throw new Error(`Import failed: ${JSON.stringify(report.errors[0])}`);
    imported += report.imported.length;
  }
  return [
    { name: "import HTML pages (1,000 × 30 KB)", figure: imported / (elapsedMs / 1000), unit: "pages/s", budget: "≥ 100" },
    { name: "import HTML pages: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
