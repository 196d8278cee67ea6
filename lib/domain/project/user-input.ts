import { z } from "zod";

export const emailSchema = z.email("Enter a valid email address").max(320).transform((e) => e.toLowerCase());

/** Long enough to resist guessing; argon2 makes each guess slow. */
export const newPasswordSchema = z
  .string()
  .min(10, "Passwords need at least 10 characters")
  .max(1024, "Passwords may have at most 1024 characters");
