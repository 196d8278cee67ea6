import { z } from "zod";
import { projectRoles } from "@/db/schema";
import { emailSchema } from "@/lib/domain/project/user-input";

const rolesSchema = z
  .array(z.enum(projectRoles))
  .min(1, "Give at least one role; remove the member to take all roles")
  .max(projectRoles.length * 2)
  .transform((roles) => [...new Set(roles)]);

export const addMemberBody = z.strictObject({
  email: emailSchema,
  roles: rolesSchema,
});

export const updateMemberBody = z.strictObject({
  roles: rolesSchema,
});
