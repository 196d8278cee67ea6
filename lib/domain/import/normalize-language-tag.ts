import { ImportError } from "./import-error";

const BCP47_LIKE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Validates a given language as a BCP-47-like tag and returns its canonical spelling
 * (`EN-us` → `en-US`, `deu` → `de`), so that filters and exports see one tag per language.
 */
export function normalizeLanguageTag(language: string): string {
  const trimmed = language.trim();
  const [primary = "", ...subtags] = trimmed.split("-");
  const candidate = [primary.toLowerCase(), ...subtags].join("-");
  const invalid = new ImportError(
    "invalid_language",
    `"${language}" is not a language tag; use a BCP-47 tag such as "en", "de", "zh" or "pt-BR"`,
  );
  if (!BCP47_LIKE.test(candidate)) throw invalid;
  try {
    const [canonical] = Intl.getCanonicalLocales(candidate);
    if (canonical === undefined) throw invalid;
    return canonical;
  } catch {
    throw invalid;
  }
}
