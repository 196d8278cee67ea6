import { strToU8, zipSync } from "fflate";
import { type BenchRow, peakRssMb } from "./bench-row";
import { plainTextArticle } from "./generate-articles";
import { timeImport } from "./time-import";

const DOCUMENTS = 2_000;
const PER_ZIP = 200;
const SPANS_PER_DOCUMENT = 20;
const LABELS = ["PER", "ORG", "LOC", "MISC"];

/** `.ann` lines for the first words of the text, in code points as brat counts them. */
function annotate(text: string): string {
  const lines: string[] = [];
  for (const match of text.matchAll(/\p{L}{4,}/gu)) {
    if (lines.length === SPANS_PER_DOCUMENT) break;
    const start = Array.from(text.slice(0, match.index)).length;
    const end = start + Array.from(match[0]).length;
    lines.push(`T${lines.length + 1}\t${LABELS[lines.length % LABELS.length]} ${start} ${end}\t${match[0]}\n`);
  }
  return lines.join("");
}

/** 2,000 ~3 KB articles with 20 entity spans each, as brat zips of 200 documents, stored as pre-annotations. */
export async function benchImportBrat(): Promise<BenchRow[]> {
  const documentsPerSecond = await timeImport({
    name: "import-brat",
    count: DOCUMENTS / PER_ZIP,
    perCall: 1,
    file: (zipIndex) => {
      const entries: Record<string, Uint8Array> = { "annotation.conf": strToU8(`[entities]\n${LABELS.join("\n")}\n`) };
      for (let i = zipIndex * PER_ZIP; i < (zipIndex + 1) * PER_ZIP; i++) {
        const text = plainTextArticle(i);
        entries[`docs/${i}.txt`] = strToU8(text);
        entries[`docs/${i}.ann`] = strToU8(annotate(text));
      }
      return { name: `batch-${zipIndex}.zip`, bytes: zipSync(entries, { level: 1 }) };
    },
  });
  return [
    { name: "import brat zips (2,000 × 3 KB, 20 spans each)", figure: documentsPerSecond, unit: "documents/s", budget: "—" },
    { name: "import brat zips: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
