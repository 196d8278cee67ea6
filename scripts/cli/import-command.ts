import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { parseCommandOptions } from "./parse-command-options";
import { callerByEmail, firstAdminCaller } from "./resolve-cli-caller";

const importOptions = z.object({
  project: z.coerce.number().int().positive(),
  as: z.string().min(1).optional(),
});

/**
 * `import --project <id> [--as email] <files…>`: the same import as the web page, recorded as
 * done by `--as` or else by the first instance admin. Exits 1 when any file failed.
 */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandOptions(
    args,
    { project: { type: "string" }, as: { type: "string" } },
    importOptions,
    true,
  );
  if (positionals.length === 0) throw new Error("Name at least one file to import");
  const files = positionals.map((file) => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }));
  const caller = values.as ? callerByEmail(values.as) : firstAdminCaller();
  const report = importDocuments({ caller, projectId: values.project, files });
  console.log(`Imported ${report.imported.length}, duplicates ${report.duplicates.length}, errors ${report.errors.length}.`);
  for (const error of report.errors) console.error(`  ${error.file}: ${error.message}`);
  if (report.errors.length > 0) process.exitCode = 1;
}
