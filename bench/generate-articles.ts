/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same input. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  // English, German, Polish, Russian and Chinese news vocabulary, with inflected forms.
  "sanctions", "government", "minister", "president", "agreement", "economy", "border", "energy",
  "said", "announced", "according", "reported", "officials", "talks", "trade", "pipeline",
  "Sanktionen", "Regierung", "Präsident", "Abkommen", "Wirtschaft", "Grenze", "erklärte", "Gespräche",
  "Außenminister", "Zusammenarbeit", "sanktcje", "rząd", "prezydent", "porozumienie", "gospodarka",
  "granica", "powiedział", "rozmowy", "współpraca", "ministra", "санкции", "правительство", "президент",
  "соглашение", "экономика", "制裁", "政府", "总统", "协议", "经济", "边境", "能源", "合作", "外交部",
  "Kazakhstan", "Tokayev", "Astana", "Rosatom", "Brussels", "Moscow", "Beijing", "Warszawa", "Berlin",
];

export function pickWord(random: () => number): string {
  return words[Math.floor(random() * words.length)] ?? "news";
}

export function sentence(random: () => number, length: number): string {
  const picked = Array.from({ length }, () => pickWord(random));
  const first = picked[0] ?? "News";
  return `${first[0]?.toUpperCase() ?? ""}${first.slice(1)} ${picked.slice(1).join(" ")}.`;
}

/** A paragraph of about `targetChars` characters. */
export function paragraph(random: () => number, targetChars: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < targetChars) {
    const next = sentence(random, 6 + Math.floor(random() * 12));
    sentences.push(next);
    size += next.length + 1;
  }
  return sentences.join(" ");
}

/** A unique plain-text article of about 3 KB: title line, date line, paragraphs. */
export function plainTextArticle(index: number): string {
  const random = seededRandom(index + 1);
  const title = `${sentence(random, 6)} (${index})`;
  const paragraphs = Array.from({ length: 5 }, () => paragraph(random, 520));
  return [title, `date 2022-${String((index % 12) + 1).padStart(2, "0")}`, ...paragraphs].join("\n\n");
}
