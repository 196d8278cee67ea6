import { z } from "zod";

/** Per-project behaviour. Stored as JSON on the project; every key has a default. */
export const projectSettingsSchema = z.object({
  annotatorsPerDocument: z.number().int().min(1).max(20).default(2),
  /** Annotators see only their own work. */
  blind: z.boolean().default(true),
  allowProposedClaims: z.boolean().default(true),
  snapToWords: z.boolean().default(true),
  /** Annotators may open only documents assigned to them. */
  restrictToAssigned: z.boolean().default(false),
  annotatorsCanCreateEntities: z.boolean().default(false),
  /** Annotators see the gold set of their adjudicated documents. */
  showGoldToAnnotators: z.boolean().default(false),
  /** Spans every annotator agrees on start accepted in adjudication. */
  preacceptUnanimous: z.boolean().default(true),
  /** Annotators may open the Insights views (every submitted set and the gold set, aggregated). */
  insightsForAnnotators: z.boolean().default(false),
  /** Next document: the usual order, or the documents the recommenders are least sure about first. */
  queueOrder: z.enum(["default", "uncertainty"]).default("default"),
});

export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

export const projectSettingsPatchSchema = projectSettingsSchema.partial();

export const defaultProjectSettings: ProjectSettings = projectSettingsSchema.parse({});

export function readProjectSettings(stored: unknown): ProjectSettings {
  const parsed = projectSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaultProjectSettings;
}
