import type { z } from "zod";

/** The first validation issue in words, e.g. `publishedAt: expected string, received number`. */
export function describeZodError(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return "invalid document";
  const path = issue.path.map(String).join(".");
  const message = issue.message.replace(/^Invalid input: /, "");
  return path === "" ? message : `${path}: ${message}`;
}
