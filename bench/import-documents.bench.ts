import { type BenchRow, peakRssMb } from "./bench-row";
import { plainTextArticle } from "./generate-articles";
import { timeImport } from "./time-import";

/** 10,000 unique ~3 KB plain-text articles through the import service, 500 files per call. */
export async function benchImportPlainText(): Promise<BenchRow[]> {
  const encoder = new TextEncoder();
  const documentsPerSecond = await timeImport({
    name: "import-plain-text",
    count: 10_000,
    perCall: 500,
    file: (i) => ({ name: `article-${i}.txt`, bytes: encoder.encode(plainTextArticle(i)) }),
  });
  return [
    { name: "import plain text (10,000 × 3 KB)", figure: documentsPerSecond, unit: "documents/s", budget: "≥ 2,000" },
    { name: "import plain text: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
