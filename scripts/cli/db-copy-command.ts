import { z } from "zod";
import { copyInstance, type CopiedTable, databaseLabel } from "./copy-instance";
import { parseCommandOptions } from "./parse-command-options";

const copyOptions = z.object({
  from: z.string().min(1, "name the source: an SQLite file or a postgres:// URL"),
  to: z.string().min(1, "name the target: a postgres:// URL or a new SQLite file"),
  "batch-size": z.coerce.number().int().min(1).max(10_000).default(500),
});

/** The verification table: rows and checksum (its first 16 hex digits) on each side. */
function formatReport(tables: CopiedTable[]): string {
  const header = ["table", "source rows", "target rows", "source sha-256", "target sha-256", "check"];
  const cells = tables.map((t) => [
    t.table,
    t.source.rows.toLocaleString("en"),
    t.target.rows.toLocaleString("en"),
    t.source.sha256.slice(0, 16),
    t.target.sha256.slice(0, 16),
    t.source.rows === t.target.rows && t.source.sha256 === t.target.sha256 ? "ok" : "DIFFERS",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const numeric = new Set([1, 2]);
  const format = (row: string[]) =>
    `| ${row.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(format)].join("\n");
}

/** `db:copy --from <sqlite file | postgres url> --to <postgres url | sqlite file> [--batch-size n]` */
export async function dbCopyCommand(args: string[]): Promise<void> {
  const { values } = parseCommandOptions(
    args,
    { from: { type: "string" }, to: { type: "string" }, "batch-size": { type: "string" } },
    copyOptions,
  );
  console.log(`Copying ${databaseLabel(values.from)} to ${databaseLabel(values.to)}…`);
  const report = await copyInstance({ from: values.from, to: values.to, batchSize: values["batch-size"], log: (line) => console.log(`  ${line}`) });
  console.log(formatReport(report.tables));
  if (!report.verified) throw new Error("The copy differs from the source in the tables marked DIFFERS; do not use it");
  const rows = report.tables.reduce((sum, t) => sum + t.target.rows, 0);
  console.log(`Copied ${rows.toLocaleString("en")} rows in ${report.tables.length} tables; every count and checksum matches.`);
}
