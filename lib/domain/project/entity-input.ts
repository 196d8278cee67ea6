import { z } from "zod";
import { normalizeCatalogText } from "./catalog-text";

export const entityNameSchema = z
  .string()
  .transform(normalizeCatalogText)
  .pipe(z.string().min(1, "The name must not be empty").max(300, "Names may have at most 300 characters"));

export const aliasTextSchema = z
  .string()
  .transform(normalizeCatalogText)
  .pipe(z.string().min(1, "An alias must not be empty").max(300, "Aliases may have at most 300 characters"));

/** A BCP-47 language tag, canonicalised (`DE` → `de`); empty means unknown. */
export const languageTagSchema = z
  .string()
  .trim()
  .max(35)
  .nullish()
  .transform((tag, ctx) => {
    if (!tag) return null;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      ctx.addIssue({ code: "custom", message: `"${tag}" is not a language tag such as en, de or zh-Hant` });
      return z.NEVER;
    }
  });

const looksLikeQid = /^q\d/i;
const qidPattern = /^Q\d+$/;

/** Optional; a Wikidata QID (`Q232`) is checked as one, anything else is a short free string. */
export const externalIdSchema = z
  .string()
  .trim()
  .max(200, "External ids may have at most 200 characters")
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!looksLikeQid.test(value)) return value;
    const qid = value.toUpperCase();
    if (qidPattern.test(qid)) return qid;
    ctx.addIssue({ code: "custom", message: `"${value}" looks like a Wikidata id but is not one; they look like Q232` });
    return z.NEVER;
  });

export interface EntityAlias {
  alias: string;
  language: string | null;
}

/**
 * The aliases to store for an entity: normalised, exact duplicates merged (keeping a known
 * language), and the name itself included so that searching and matching find it.
 */
export function collectEntityAliases(name: string, aliases: readonly EntityAlias[]): EntityAlias[] {
  const byText = new Map<string, string | null>();
  for (const entry of [{ alias: name, language: null }, ...aliases]) {
    const alias = normalizeCatalogText(entry.alias);
    if (alias.length === 0) continue;
    byText.set(alias, byText.get(alias) ?? entry.language);
  }
  return [...byText].map(([alias, language]) => ({ alias, language }));
}
