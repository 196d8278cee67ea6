import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/domain/project/user-input";

export const createUserBody = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, "name is required").max(200),
  password: newPasswordSchema,
  isAdmin: z.boolean().optional(),
});
