import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { z } from "zod";
import { exportProject } from "@/lib/server/export/export-project";
import { exportFormats, exportSetChoices, exportStatusFilters } from "@/lib/server/export/export-formats";
import { openCliDatabase } from "./cli-database";
import { parseCommandOptions } from "./parse-command-options";
import { callerByEmail } from "./resolve-cli-caller";

const isoPrefix = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use 2022, 2022-10 or 2022-10-05");

const exportOptions = z.object({
  project: z.coerce.number().int().positive(),
  format: z.enum(exportFormats),
  set: z.enum(exportSetChoices).default("gold"),
  status: z.enum(exportStatusFilters).optional(),
  language: z.string().trim().min(1).optional(),
  from: isoPrefix.optional(),
  to: isoPrefix.optional(),
  seed: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
  as: z.string().min(1).optional(),
});

/** Writes chunks, waiting whenever the destination's buffer is full, so memory stays flat. */
async function writeAll(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, out: Writable): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (!out.write(chunk)) await once(out, "drain");
  }
  return bytes;
}

/**
 * `export --project <id> --format <f> [--set gold] [--out file] [--as email]`. Without `--as`
 * it acts as "system" with full access: whoever runs the CLI can read the database file anyway.
 */
export async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseCommandOptions(
    args,
    {
      project: { type: "string" }, format: { type: "string" }, set: { type: "string" }, status: { type: "string" },
      language: { type: "string" }, from: { type: "string" }, to: { type: "string" }, seed: { type: "string" },
      out: { type: "string" }, as: { type: "string" },
    },
    exportOptions,
  );
  const { project, format, set, status, language, from, to, seed, out, as } = values;
  await openCliDatabase();
  const result = await exportProject({
    caller: as ? await callerByEmail(as) : "system",
    projectId: project,
    format,
    seed,
    filters: { set, status, language, from, to },
  });
  if (!out) {
    await writeAll(result.chunks, process.stdout);
    return;
  }
  const file = createWriteStream(out);
  const bytes = await writeAll(result.chunks, file);
  file.end();
  await once(file, "finish");
  console.error(`Wrote ${out} (${bytes.toLocaleString("en")} bytes).`);
}
