/**
 * Languages franc may answer, as ISO 639-3 (franc) → BCP-47 primary tag. Kept to the
 * languages news annotators bring: every extra candidate is one more possible confusion
 * (Polish/Slovak, Kazakh/Kyrgyz, Danish/Norwegian) on short texts.
 */
export const bcp47ByFrancCode: Readonly<Record<string, string>> = {
  eng: "en",
  deu: "de",
  pol: "pl",
  cmn: "zh",
  rus: "ru",
  ukr: "uk",
  kaz: "kk",
  fra: "fr",
  spa: "es",
  ita: "it",
  nld: "nl",
  por: "pt",
  arb: "ar",
  tur: "tr",
  ces: "cs",
  uzn: "uz",
  kir: "ky",
  bel: "be",
  ron: "ro",
  hun: "hu",
  swe: "sv",
  fin: "fi",
  heb: "he",
  pes: "fa",
  ell: "el",
};

export const francCandidateCodes: readonly string[] = Object.keys(bcp47ByFrancCode);
