// Runs each bench in its own process (so that peak memory is that bench's) and prints one table.
// `npm run bench` runs them all, `npm run bench -- workspace export` the ones named; pure figures, no pass/fail.
// Each bench gets a new database of DATABASE_URL's engine: a temporary SQLite file, or with a
// postgres:// URL a fresh database on that server (bench/bench-database.ts).
// Browser benches drive Chromium against a production server of their own (bench/app-server.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { engineKindOf } from "@/db/engine-kind";
import type { BenchRow } from "./bench-row";
import type { AppServer } from "./app-server";
import { benchEngineLabel, useBenchDatabase } from "./bench-database";

// Each bench's modules load only in its own child process: what a process has loaded shapes its
// heap and so the memory figures.
const browserBench = async (load: () => Promise<(server: AppServer) => Promise<BenchRow[]>>) => {
  const [{ withAppServer }, bench] = await Promise.all([import("./app-server"), load()]);
  return withAppServer(bench);
};

/**
 * In order; add new benches here. A browser bench: `name: () => browserBench(…)`, where the bench
 * takes the server ({ baseURL }), writes fixtures through this process's engine (the server's
 * database) and signs in with bench/app-sign-in.ts.
 */
const benches: Record<string, () => Promise<BenchRow[]>> = {
  "import-documents": async () => (await import("./import-documents.bench")).benchImportPlainText(),
  "import-html": async () => (await import("./import-html.bench")).benchImportHtml(),
  "import-brat": async () => (await import("./import-brat.bench")).benchImportBrat(),
  "list-documents": async () => (await import("./list-documents.bench")).benchListDocuments(),
  export: async () => (await import("./export.bench")).benchExport(),
  agreement: async () => (await import("./agreement.bench")).benchAgreement(),
  insights: async () => (await import("./insights.bench")).benchInsights(),
  recommenders: async () => (await import("./recommenders.bench")).benchRecommenders(),
  "model-server": async () => (await import("./model-server.bench")).benchModelServer(),
  workspace: () => browserBench(async () => (await import("./workspace.bench")).benchWorkspace),
  adjudication: () => browserBench(async () => (await import("./adjudication.bench")).benchAdjudicationView),
  "insights-page": () => browserBench(async () => (await import("./insights-page.bench")).benchInsightsPage),
  "concurrent-annotators": async () => (await import("./concurrent-annotators.bench")).benchConcurrentAnnotators(),
  load: async () => (await import("./load.bench")).benchLoad(),
};

const rowsMarker = "BENCH_ROWS ";
const childFlag = "--child";

function runInChild(name: string): BenchRow[] {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), childFlag, name], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith(rowsMarker));
  if (child.status !== 0 || !line) throw new Error(`Bench ${name} failed (exit ${child.status}):\n${child.stdout}`);
  return JSON.parse(line.slice(rowsMarker.length)) as BenchRow[];
}

function printTable(rows: BenchRow[], engine: string): void {
  // A figure a bench could not measure (NaN) arrives from the child's JSON as null.
  const figure = (value: number | null) => (value !== null && Number.isFinite(value) ? value.toLocaleString("en", { maximumFractionDigits: 1 }) : "—");
  const cells = rows.map((r) => [r.name, figure(r.figure), r.unit, r.budget]);
  const header = ["name", `figure (${engine})`, "unit", "budget"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const format = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  console.log([format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(format)].join("\n"));
}

function benchNamed(name: string): () => Promise<BenchRow[]> {
  const bench = benches[name];
  if (!bench) throw new Error(`Unknown bench ${name}; known: ${Object.keys(benches).join(", ")}`);
  return bench;
}

async function main(): Promise<void> {
  const [first, ...rest] = process.argv.slice(2);
  if (first === childFlag) {
    const bench = benchNamed(rest[0] ?? "");
    const database = await useBenchDatabase();
    try {
      console.log(rowsMarker + JSON.stringify(await bench()));
    } finally {
      await database.drop();
    }
    return;
  }
  const names = first === undefined ? Object.keys(benches) : [first, ...rest];
  names.forEach(benchNamed); // Unknown names fail before anything runs.
  const rows = names.flatMap(runInChild);
  console.log(`Claimdesk benches on ${benchEngineLabel()}\n`);
  printTable(rows, engineKindOf(process.env.DATABASE_URL ?? "") === "postgres" ? "PostgreSQL" : "SQLite");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
