import { z } from "zod";

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, "Give the token a name").max(100),
});
