import { type BenchRow, peakRssMb } from "./bench-row";
import { newsHtmlPage } from "./generate-html-page";
import { timeImport } from "./time-import";

/** 1,000 ~30 KB news pages (boilerplate, scripts, ads) through the import service. */
export async function benchImportHtml(): Promise<BenchRow[]> {
  const encoder = new TextEncoder();
  const pagesPerSecond = await timeImport({
    name: "import-html",
    count: 1_000,
    perCall: 100,
    file: (i) => ({ name: `page-${i}.html`, bytes: encoder.encode(newsHtmlPage(i)) }),
  });
  return [
    { name: "import HTML pages (1,000 × 30 KB)", figure: pagesPerSecond, unit: "pages/s", budget: "≥ 100" },
    { name: "import HTML pages: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
