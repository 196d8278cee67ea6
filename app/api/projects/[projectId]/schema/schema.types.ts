import { z } from "zod";

// Shapes and sizes only; the rules (key format, hotkeys, …) are checked by
// validateLabelSchema so that every problem is reported at once with its place.
const optionalId = z.number().int().positive().optional();
const key = z.string().trim().max(64);
const name = z.string().trim().max(200);

const coloredLabel = z.strictObject({
  id: optionalId,
  key,
  name,
  color: z.string().trim().max(16).transform((color) => color.toLowerCase()),
  hotkey: z
    .string()
    .max(8)
    .nullish()
    .transform((hotkey) => (hotkey ? hotkey : null)),
});

const relationType = z.strictObject({
  id: optionalId,
  key,
  name,
  directed: z.boolean().default(true),
});

export const replaceLabelSchemaBody = z.strictObject({
  entityTypes: z.array(coloredLabel).max(100),
  stanceLabels: z.array(coloredLabel).max(100),
  relationTypes: z.array(relationType).max(100),
});
