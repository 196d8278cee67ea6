import { z } from "zod";
import { normalizeLanguageTag } from "@/lib/domain/import/normalize-language-tag";
import { normalizeCatalogText } from "./catalog-text";

/** A claim's statement in another language. */
export interface ClaimTranslation {
  /** A canonical BCP-47 tag (`pl`, `zh-Hant`). */
  language: string;
  text: string;
}

/** Canonicalised as documents' languages are (`PL` → `pl`, `zh-hant` → `zh-Hant`). */
const translationLanguage = z
  .string()
  .max(35)
  .transform((tag, ctx) => {
    try {
      return normalizeLanguageTag(tag);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : `"${tag}" is not a language tag` });
      return z.NEVER;
    }
  });

const translationText = z
  .string()
  .transform(normalizeCatalogText)
  .pipe(z.string().min(1, "A translation must not be empty").max(1000, "Translations may have at most 1000 characters"));

/** At most 20 translations, one per language. */
export const claimTranslationsSchema = z
  .array(z.strictObject({ language: translationLanguage, text: translationText }))
  .max(20, "A claim may have at most 20 translations")
  .superRefine((translations, ctx) => {
    const seen = new Set<string>();
    translations.forEach(({ language }, index) => {
      if (seen.has(language)) ctx.addIssue({ code: "custom", path: [index, "language"], message: `Only one translation per language (${language})` });
      seen.add(language);
    });
  });
