import { z } from "zod";
import { projectSettingsPatchSchema } from "@/lib/domain/project/project-settings";

export const createProjectBody = z.strictObject({
  name: z.string().trim().min(1, "name is required").max(200),
  description: z.string().max(5000).optional(),
  guidelines: z.string().max(200_000).optional(),
});

export const updateProjectBody = z.strictObject({
  name: z.string().trim().min(1, "name must not be empty").max(200).optional(),
  description: z.string().max(5000).optional(),
  guidelines: z.string().max(200_000).optional(),
  settings: projectSettingsPatchSchema.strict().optional(),
});
