import { francAll } from "franc";
import { countScripts } from "./count-scripts";
import { bcp47ByFrancCode, francCandidateCodes } from "./franc-languages";
import { rankLanguagesByTrigrams, type FrancScript } from "./franc-trigram-ranking";

export const UNDETERMINED_LANGUAGE = "und";

/** Fewer letters than this and trigram statistics are guesswork. */
const MIN_LETTERS = 40;
/** Enough text for trigram statistics on news prose; franc reads up to 2,048 characters, at four times the cost. */
const SAMPLE_LENGTH = 512;
/** Runner-up score (best = 1) above which two languages are too close to call. */
const AMBIGUITY_SCORE = 0.995;

/** Guesses the BCP-47 primary language tag of a text, or `und` when unsure. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH).replace(/https?:\/\/\S+/g, " ");
  const counts = countScripts(sample);
  const { letters } = counts;
  if (letters < MIN_LETTERS) return UNDETERMINED_LANGUAGE;

  // Scripts that identify the language outright are decided before trigram statistics,
  // so a Chinese text with many Latin names or URLs is still Chinese.
  if (counts.kana / letters >= 0.1) return "ja";
  if (counts.han / letters >= 0.4) return "zh";
  if (counts.hangul / letters >= 0.4) return "ko";
  if (counts.greek / letters >= 0.5) return "el";
  if (counts.hebrew / letters >= 0.5) return "he";

  const script = dominantTrigramScript(counts.latin, counts.cyrillic, counts.arabic);
  if (script === null || script.count / letters < 0.5) return UNDETERMINED_LANGUAGE;
  const ranked = rankLanguagesByTrigrams(sample, script.name) ?? francAll(sample, { only: [...francCandidateCodes], minLength: 1 });
  const [best, runnerUp] = ranked;
  if (!best || best[0] === "und") return UNDETERMINED_LANGUAGE;
  if (runnerUp && runnerUp[1] >= AMBIGUITY_SCORE) return UNDETERMINED_LANGUAGE;
  return bcp47ByFrancCode[best[0]] ?? UNDETERMINED_LANGUAGE;
}

function dominantTrigramScript(latin: number, cyrillic: number, arabic: number): { name: FrancScript; count: number } | null {
  const ranked: { name: FrancScript; count: number }[] = [
    { name: "Latin", count: latin },
    { name: "Cyrillic", count: cyrillic },
    { name: "Arabic", count: arabic },
  ];
  ranked.sort((a, b) => b.count - a.count);
  return ranked[0] ?? null;
}
