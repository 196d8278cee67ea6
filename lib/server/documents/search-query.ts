import "server-only";

/** The trigram tokenizer indexes 3-character sequences; shorter terms cannot be matched by it. */
const minTrigramTermLength = 3;

/**
 * An FTS5 MATCH expression requiring every term of `q` that is long enough for the trigram
 * index, each quoted so that FTS5 syntax in user input is taken literally. Null when no term
 * is long enough, in which case callers fall back to a LIKE on the title.
 */
export function toTrigramMatchExpression(q: string): string | null {
  const terms = q
    .split(/\s+/u)
    .filter((term) => [...term].length >= minTrigramTermLength)
    .map((term) => `"${term.replaceAll('"', '""')}"`);
  return terms.length > 0 ? terms.join(" AND ") : null;
}

/** A LIKE pattern matching `q` anywhere, with LIKE's wildcards escaped by `\`. */
export function toContainsLikePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
