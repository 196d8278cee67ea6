import { z } from "zod";

export const agreementQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });
