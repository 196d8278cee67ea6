import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { predictionsAfterImportSettled } from "@/lib/server/model-server/predict-after-import";
import { openCliDatabase } from "./cli-database";
import { parseCommandOptions } from "./parse-command-options";
import { callerByEmail, firstAdminCaller } from "./resolve-cli-caller";

const importOptions = z.object({
  project: z.coerce.number().int().positive(),
  as: z.string().min(1).optional(),
  annotator: z.string().min(1).optional(),
});

/**
 * `import --project <id> [--as email] [--annotator email] <files…>`: the same import as the web
 * page, recorded as done by `--as` or else by the first instance admin. Annotated files (brat,
 * Label Studio, doccano, Claimdesk JSONL) bring pre-annotations, or `--annotator`'s set.
 * Exits 1 when any file failed.
 */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandOptions(
    args,
    { project: { type: "string" }, as: { type: "string" }, annotator: { type: "string" } },
    importOptions,
    true,
  );
  if (positionals.length === 0) throw new Error("Name at least one file to import");
  const files = positionals.map((file) => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }));
  await openCliDatabase();
  const caller = values.as ? await callerByEmail(values.as) : await firstAdminCaller();
  const annotationsAs = values.annotator
    ? { as: "annotator" as const, annotatorId: (await callerByEmail(values.annotator)).id }
    : { as: "preannotations" as const };
  const report = await importDocuments({ caller, projectId: values.project, files, annotationsAs });
  // The project's model server predicts the new documents in the background: the database stays open until it is done.
  await predictionsAfterImportSettled(values.project);
  console.log(`Imported ${report.imported.length}, duplicates ${report.duplicates.length}, errors ${report.errors.length}.`);
  const { spans, relations, documentLabels } = report.annotations;
  if (spans > 0) console.log(`Annotations: ${spans} spans, ${relations} relations, ${documentLabels} document labels.`);
  const created = [...report.created.entityTypes, ...report.created.stanceLabels, ...report.created.relationTypes];
  if (created.length > 0) console.log(`Created labels: ${created.join(", ")}.`);
  for (const error of report.errors) console.error(`  ${error.file}: ${error.message}`);
  if (report.errors.length > 0) process.exitCode = 1;
}
