import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

/** parseArgs, then zod: each problem becomes one `--option: message` line. */
export function parseCommandOptions<T extends z.ZodType>(
  args: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: T,
  allowPositionals = false,
): { values: z.infer<T>; positionals: string[] } {
  const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
  }
  return { values: parsed.data, positionals };
}
