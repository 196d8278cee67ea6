/**
 * Who made a claim, as the Insights views name it: `e<entityId>` for an entity of the catalog,
 * `m<text>` for a claimant mention that links to no entity, keyed by its normalized text so that
 * "Tokayev", " tokayev" and "TOKAYEV" are one speaker.
 */
export type ClaimantRef = { kind: "entity"; entityId: number } | { kind: "mention"; text: string };

/** NFKC, whitespace collapsed and trimmed, lower-cased (locale-independent). */
export function normalizeMentionText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, " ").trim().toLowerCase();
}

export const entityClaimantKey = (entityId: number) => `e${entityId}`;

/** The key of an unlinked mention; null when its text is only whitespace. */
export function mentionClaimantKey(quote: string): string | null {
  const text = normalizeMentionText(quote);
  return text === "" ? null : `m${text}`;
}

/**
 * The claimant of a claim span: its claimant entity, else the entity linked on its claimant
 * mention, else the mention's text; null when the span names no claimant at all.
 */
export function claimantKeyOf(entityId: number | null, mentionQuote: string | null): string | null {
  if (entityId !== null) return entityClaimantKey(entityId);
  return mentionQuote === null ? null : mentionClaimantKey(mentionQuote);
}

/** Reads a key; mention text is normalized, so any spelling of a key names the same claimant. */
export function parseClaimantKey(key: string): ClaimantRef | null {
  const entity = /^e([1-9]\d{0,15})$/.exec(key);
  if (entity) {
    const entityId = Number(entity[1]);
    return Number.isSafeInteger(entityId) ? { kind: "entity", entityId } : null;
  }
  if (!key.startsWith("m")) return null;
  const text = normalizeMentionText(key.slice(1));
  return text === "" ? null : { kind: "mention", text };
}

export const claimantRefKey = (ref: ClaimantRef) => (ref.kind === "entity" ? entityClaimantKey(ref.entityId) : `m${ref.text}`);
