/**
 * Letters that keep their stroke or ligature under NFKD (so that dropping marks leaves them as
 * they are) but that readers treat as a plain letter with a diacritic: Polish ł, Danish ø, …
 */
const foldedApart: Readonly<Record<string, string>> = {
  ł: "l",
  đ: "d",
  ø: "o",
  ħ: "h",
  ı: "i",
  ß: "ss",
  ſ: "s",
  ς: "σ",
  æ: "ae",
  œ: "oe",
};

const marks = /\p{M}+/gu;
const ascii = /^[\x00-\x7f]*$/;

/**
 * The form in which recommenders compare words: lower case, compatibility forms decomposed
 * (NFKD: full-width letters, ligatures) and diacritics dropped, so that "Kazachstanu",
 * "KAZACHSTANU" and "Kazáchstanu" agree, as do "Łódź" and "lodz".
 */
export function foldText(text: string): string {
  // ASCII has nothing to decompose: lower case is all (most words of most texts).
  if (ascii.test(text)) return text.toLowerCase();
  const decomposed = text.toLowerCase().normalize("NFKD").replace(marks, "");
  let folded = "";
  for (const character of decomposed) folded += foldedApart[character] ?? character;
  return folded;
}
