// Runs each bench in its own process (so that peak memory is that bench's) and prints one table.
// `npx tsx --conditions=react-server bench/run.ts` (npm run bench); pure figures, no pass/fail.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./bench-row";
import { useBenchDatabase } from "./bench-database";
import { benchImportHtml } from "./import-html.bench";
import { benchImportPlainText } from "./import-documents.bench";
import { benchImportBrat } from "./import-brat.bench";
import { benchListDocuments } from "./list-documents.bench";
import { benchExport } from "./export.bench";
import { benchAgreement } from "./agreement.bench";

/** In order; add new benches here. */
const benches: Record<string, () => BenchRow[]> = {
  "import-documents": benchImportPlainText,
  "import-html": benchImportHtml,
  "import-brat": benchImportBrat,
  "list-documents": benchListDocuments,
  export: benchExport,
  agreement: benchAgreement,
};

const rowsMarker = "BENCH_ROWS ";

function runInChild(name: string): BenchRow[] {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith(rowsMarker));
  if (child.status !== 0 || !line) throw new Error(`Bench ${name} failed (exit ${child.status}):\n${child.stdout}`);
  return JSON.parse(line.slice(rowsMarker.length)) as BenchRow[];
}

function printTable(rows: BenchRow[]): void {
  const cells = rows.map((r) => [r.name, r.figure.toLocaleString("en", { maximumFractionDigits: 1 }), r.unit, r.budget]);
  const header = ["name", "figure", "unit", "budget"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const format = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  console.log([format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(format)].join("\n"));
}

function main(): void {
  const only = process.argv[2];
  if (only === undefined) {
    printTable(Object.keys(benches).flatMap(runInChild));
    return;
  }
  const bench = benches[only];
  if (!bench) throw new Error(`Unknown bench ${only}; known: ${Object.keys(benches).join(", ")}`);
  useBenchDatabase();
  console.log(rowsMarker + JSON.stringify(bench()));
}

main();
