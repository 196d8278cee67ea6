import { data } from "franc/data.js";
import { francCandidateCodes } from "./franc-languages";

/** franc's constants: it reads at most 2,048 characters; a missing trigram costs 300. */
export const FRANC_MAX_LENGTH = 2048;
const MISSING_TRIGRAM_DISTANCE = 300;
export type FrancScript = "Latin" | "Cyrillic" | "Arabic";
export type LanguageScore = [code: string, score: number];

/** Characters get small ids so that a trigram packs into a small integer key (3 × 10 bits). */
const MAX_CHARACTER_ID = 0x3ff;

/** A trigram of the models: its rank in each candidate language (-1: absent). */
interface ModelTrigram {
  ranks: Int16Array;
  /** Scratch for the sample being ranked (ranking is synchronous, so never shared). */
  count: number;
  sample: number;
}

interface TrigramIndex {
  codes: string[];
  trigrams: Map<number, ModelTrigram>;
}

let sampleNumber = 0;

/**
 * franc's trigram ranking (same models, distance and normalised scores as
 * `francAll(sample, { only })`), restricted to our candidate languages. franc looks each
 * trigram string up in each language's object, about 2 ms per 2 KB sample; this looks an
 * integer key up once for all languages, about a tenth of that. Null when the sample has
 * too many distinct characters to number (the caller then asks franc itself).
 */
export function rankLanguagesByTrigrams(sample: string, script: FrancScript): LanguageScore[] | null {
  const value = sample.slice(0, FRANC_MAX_LENGTH);
  const { codes, trigrams } = models().indexes[script];
  const current = ++sampleNumber;
  const seen: ModelTrigram[] = [];
  const unknown = new Set<number>();
  const complete = forEachTrigramKey(value, (key) => {
    const trigram = trigrams.get(key);
    if (trigram === undefined) {
      unknown.add(key);
    } else if (trigram.sample !== current) {
      trigram.sample = current;
      trigram.count = 1;
      seen.push(trigram);
    } else {
      trigram.count++;
    }
  });
  if (!complete) return null;

  // franc adds, per distinct trigram of the sample, |count - rank - 1|, or 300 if absent.
  const distances = new Float64Array(codes.length).fill(unknown.size * MISSING_TRIGRAM_DISTANCE);
  for (const { ranks, count } of seen) {
    for (let language = 0; language < ranks.length; language++) {
      const rank = ranks[language] ?? -1;
      distances[language] = (distances[language] ?? 0) + (rank < 0 ? MISSING_TRIGRAM_DISTANCE : Math.abs(count - rank - 1));
    }
  }
  const ranked: LanguageScore[] = codes.map((code, language) => [code, distances[language] ?? 0]);
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]?.[1] ?? 0;
  const max = value.length * MISSING_TRIGRAM_DISTANCE - min;
  return ranked.map(([code, distance]) => [code, 1 - (distance - min) / max || 0]);
}

/**
 * Calls `visit` with each trigram's key, trigrams taken as franc (trigram-utils) does:
 * lower-cased, ASCII punctuation and digits as spaces, whitespace runs collapsed, one space
 * of padding at each end. False if the sample has too many distinct characters.
 */
function forEachTrigramKey(value: string, visit: (key: number) => void): boolean {
  const lower = value.toLowerCase();
  const { characterIds, alphabetSize } = models();
  // Characters no model knows get ids of their own, so distinct trigrams stay distinct.
  const unknownIds = new Map<number, number>();
  const spaceId = characterIds[0x20] ?? 0;
  let first = -1;
  let second = spaceId;
  const push = (id: number): void => {
    if (first >= 0) visit((first << 20) | (second << 10) | id);
    first = second;
    second = id;
  };
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 0x21 && code <= 0x40) || isWhiteSpace(code)) {
      if (second !== spaceId) push(spaceId);
      continue;
    }
    let id = characterIds[code] || unknownIds.get(code);
    if (id === undefined) {
      id = alphabetSize + unknownIds.size + 1;
      if (id > MAX_CHARACTER_ID) return false;
      unknownIds.set(code, id);
    }
    push(id);
  }
  if (second !== spaceId) push(spaceId);
  return true;
}

/** JavaScript's `\s`, which franc's whitespace collapsing uses. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

interface TrigramModels {
  characterIds: Uint16Array;
  alphabetSize: number;
  indexes: Record<FrancScript, TrigramIndex>;
}

let cachedModels: TrigramModels | null = null;

/** Numbers the models' characters and indexes their trigrams, once. */
function models(): TrigramModels {
  if (cachedModels) return cachedModels;
  const characterIds = new Uint16Array(0x10000);
  let alphabetSize = 0;
  const idOf = (code: number): number => {
    if (characterIds[code] === 0) characterIds[code] = ++alphabetSize;
    return characterIds[code] ?? 0;
  };
  idOf(0x20);
  const indexOf = (script: FrancScript): TrigramIndex => {
    const languages = Object.entries(data[script] ?? {}).filter(([code]) => francCandidateCodes.includes(code));
    const trigrams = new Map<number, ModelTrigram>();
    languages.forEach(([, model], language) => {
      model.split("|").forEach((trigram, rank) => {
        const key = (idOf(trigram.charCodeAt(0)) << 20) | (idOf(trigram.charCodeAt(1)) << 10) | idOf(trigram.charCodeAt(2));
        let entry = trigrams.get(key);
        if (entry === undefined) {
          entry = { ranks: new Int16Array(languages.length).fill(-1), count: 0, sample: 0 };
          trigrams.set(key, entry);
        }
        entry.ranks[language] = rank;
      });
    });
    return { codes: languages.map(([code]) => code), trigrams };
  };
  const indexes = { Latin: indexOf("Latin"), Cyrillic: indexOf("Cyrillic"), Arabic: indexOf("Arabic") };
  cachedModels = { characterIds, alphabetSize, indexes };
  return cachedModels;
}
