import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import { buildAliasTrie, foldCase, matchAliasAt, type AliasEntry } from "./alias-trie";

export interface EntityAliases {
  id: number;
  aliases: readonly string[];
}

export interface AliasMention {
  entityId: number;
  /** Code points, half-open. */
  start: number;
  end: number;
  /** The text at the offsets, as written there ("Tokajewa"). */
  quote: string;
  /** The catalog alias that matched ("Tokajew"). */
  alias: string;
}

interface Candidate {
  entry: AliasEntry;
  /** UTF-16 indices into the text. */
  from: number;
  to: number;
  codePoints: number;
}

/**
 * Where the text mentions catalog entities by one of their aliases, in any case. Aliases in
 * scripts with spaces match whole words, and those of 4+ Latin or Cyrillic letters also match
 * inflected forms (see `alias-trie.ts`); Chinese and Japanese aliases match exactly, anywhere.
 * Of overlapping matches the longest wins; an alias shared by several entities yields one
 * mention per entity at the same offsets, so that the annotator picks the right one.
 */
export function findAliasMentions(text: string, entities: readonly EntityAliases[]): AliasMention[] {
  const trie = buildAliasTrie(entities);
  const folded = foldCase(text);
  const index = buildOffsetIndex(text);
  const candidates: Candidate[] = [];
  for (let from = 0; from < folded.length; from++) {
    const match = matchAliasAt(trie, folded, from);
    if (match) {
      const codePoints = index.toCodePoint(match.end) - index.toCodePoint(from);
      candidates.push({ entry: match.entry, from, to: match.end, codePoints });
    }
  }
  const mentions: AliasMention[] = [];
  for (const { entry, from, to } of keepLongestOfOverlapping(candidates, text.length)) {
    const start = index.toCodePoint(from);
    const end = index.toCodePoint(to);
    for (const owner of entry.owners) {
      mentions.push({ entityId: owner.entityId, start, end, quote: text.slice(from, to), alias: owner.alias });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.entityId - b.entityId);
}

function keepLongestOfOverlapping(candidates: Candidate[], textLength: number): Candidate[] {
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  const longestFirst = [...candidates].sort((a, b) => b.codePoints - a.codePoints || a.from - b.from);
  for (const candidate of longestFirst) {
    if (taken.subarray(candidate.from, candidate.to).includes(1)) continue;
    taken.fill(1, candidate.from, candidate.to);
    kept.push(candidate);
  }
  return kept;
}
