/**
 * Content of the demo workspace "Kazakhstan and the sanctions": users, project, label schema,
 * claim and entity catalogs, and the list of article files under db/seed/articles/.
 * Data only; db/seed/seed-demo-workspace.ts writes it to the database.
 */

export interface DemoEntityType {
  key: string;
  name: string;
  color: string;
  hotkey: string;
}

export interface DemoStance {
  key: string;
  name: string;
  color: string;
  hotkey: string;
}

export interface DemoRelationType {
  key: string;
  name: string;
  directed: boolean;
}

export interface DemoClaim {
  /** How the demo's annotator work (demo-work-*.ts) names the claim; not stored. */
  key: DemoClaimKey;
  statement: string;
  description: string;
}

export type DemoClaimKey = "complies" | "evades" | "recognises" | "harms" | "diversify" | "cpc" | "partner";

export interface DemoEntity {
  /** Key of a DemoEntityType. */
  type: string;
  name: string;
  externalId: string | null;
  description: string;
  aliases: { alias: string; language: string }[];
}

export interface DemoArticle {
  /** File name under db/seed/articles/. */
  file: string;
  sourceUrl: string | null;
}

export interface DemoUser {
  email: string;
  name: string;
  isAdmin: boolean;
  roles: ("manager" | "reviewer" | "annotator")[];
}

export const demoPassword = "claimdesk-demo";

export const demoUsers: DemoUser[] = [
  { email: "admin@example.com", name: "Ada Admin", isAdmin: true, roles: ["manager"] },
  { email: "alice@example.com", name: "Alice", isAdmin: false, roles: ["annotator"] },
  { email: "bob@example.com", name: "Bob", isAdmin: false, roles: ["annotator"] },
  { email: "rita@example.com", name: "Rita", isAdmin: false, roles: ["reviewer"] },
];

const guidelines = `# Annotation guidelines

## What a claim is
A **claim** is a statement about the world that someone puts forward as true and that could be
disputed: "Kazakhstan will not help Russia evade the sanctions". Reported facts without a
speaker, questions and headlines are not claims unless the article attributes them to someone.

## Marking claims
1. Select the shortest span that still states the claim (usually one clause or sentence) and press **c**.
2. Link the span to the matching claim of the catalog. If none fits, propose a new claim.
3. Give the span a stance towards the catalog claim:
   - **Favor** (f): the span asserts the claim. *"We comply with the sanctions"* → favor "Kazakhstan complies with the sanctions against Russia".
   - **Against** (a): the span denies it. *"Kazakhstan does not recognise the so-called republics"* → against "Kazakhstan recognises the DPR and LPR".
   - **Neutral** (n): the span reports the claim without taking a side. *"Officials discussed whether goods reach Russia"*.
   - **Unclear** (u): the stance cannot be decided from the text. Add a comment.

## Claimants
- Connect each claim span to the mention of who makes it with a **said_by** relation.
- The claimant is the person or organisation quoted or paraphrased, not the newspaper.
- Anonymous speakers ("an analyst", "a spokesman") are marked too, as the nearest mention.
- If the article itself makes the claim, leave the claimant empty.

## Entities
- Mark people (PER), organisations (ORG), countries and regions (GPE) and other places (LOC).
- Mark every mention, including inflected forms (Tokajewa, Kasachstans, Rosji).
- Link each mention to the entity catalog; suggested matches come from the alias lists.
- Capitals that stand for a government ("Moscow reacted coolly") are LOC, linked to the city.

## Keyboard
- **1 / 2 / 3 / 4**: mark the selection as PER / ORG / GPE / LOC
- **c**: mark the selection as a claim span
- **f / a / n / u**: set the stance of the selected claim span
- **Tab**: go to the next span, **Shift+Tab** to the previous one
- **Delete**: remove the selected span
`;

export const demoProject: { name: "Kazakhstan and the sanctions"; description: string; guidelines: string } = {
  name: "Kazakhstan and the sanctions",
  description:
    "Claims and stances in news coverage (2022–2023) of Kazakhstan's position on the Western sanctions against Russia: compliance, re-exports of dual-use goods, the DPR/LPR question and the CPC oil pipeline.",
  guidelines,
};

export const demoEntityTypes: DemoEntityType[] = [
  { key: "PER", name: "Person", color: "#2563eb", hotkey: "1" },
  { key: "ORG", name: "Organisation", color: "#9333ea", hotkey: "2" },
  { key: "GPE", name: "Country or region", color: "#0d9488", hotkey: "3" },
  { key: "LOC", name: "Place", color: "#c2410c", hotkey: "4" },
];

export const demoStances: DemoStance[] = [
  { key: "favor", name: "Favor", color: "#16a34a", hotkey: "f" },
  { key: "against", name: "Against", color: "#dc2626", hotkey: "a" },
  { key: "neutral", name: "Neutral", color: "#6b7280", hotkey: "n" },
  { key: "unclear", name: "Unclear", color: "#d97706", hotkey: "u" },
];

export const demoRelationTypes: DemoRelationType[] = [
  { key: "said_by", name: "Said by", directed: true },
  { key: "part_of", name: "Part of", directed: true },
  { key: "located_in", name: "Located in", directed: true },
];

export const demoClaims: DemoClaim[] = [
  {
    key: "complies",
    statement: "Kazakhstan complies with the sanctions against Russia",
    description:
      "Kazakhstan observes the Western sanctions and does not let its territory be used to circumvent them. Against: the sanctions are ignored or not enforced.",
  },
  {
    key: "evades",
    statement: "Kazakhstan helps Russia evade sanctions",
    description:
      "Goods under sanctions, in particular dual-use items, reach Russia through Kazakhstan, with or without the government's knowledge. Favor also for reports of re-exports through intermediaries.",
  },
  {
    key: "recognises",
    statement: "Kazakhstan recognises the DPR and LPR",
    description:
      "Kazakhstan recognises the self-proclaimed 'Donetsk People's Republic' and 'Luhansk People's Republic'. Tokayev's refusal to recognise them is a stance against this claim.",
  },
  {
    key: "harms",
    statement: "The sanctions harm Kazakhstan's economy",
    description: "The sanctions against Russia cause costs or losses for Kazakhstan's companies, trade or economy.",
  },
  {
    key: "diversify",
    statement: "Western partners should support Kazakhstan's trade diversification",
    description:
      "The EU, the United States and others should help Kazakhstan build trade and export routes that do not depend on Russia.",
  },
  {
    key: "cpc",
    statement: "Russia uses the CPC pipeline as leverage over Kazakhstan",
    description:
      "Moscow uses Kazakhstan's dependence on the Caspian Pipeline Consortium's route through Russia as a means of pressure, e.g. through interruptions.",
  },
  {
    key: "partner",
    statement: "Kazakhstan remains a strategic partner of Russia",
    description: "Relations between Kazakhstan and Russia remain close and strategic despite the war and the sanctions.",
  },
];

function aliases(language: string, ...names: string[]): { alias: string; language: string }[] {
  return names.map((alias) => ({ alias, language }));
}

export const demoEntities: DemoEntity[] = [
  {
    type: "PER",
    name: "Kassym-Jomart Tokayev",
    externalId: null,
    description: "President of Kazakhstan since 2019.",
    aliases: [
      ...aliases("en", "Kassym-Jomart Tokayev", "Tokayev"),
      ...aliases("de", "Kassym-Schomart Tokajew", "Tokajew", "Toqajew", "Tokajews"),
      ...aliases("pl", "Kasym-Żomart Tokajew", "Tokajewa"),
      ...aliases("ru", "Касым-Жомарт Токаев", "Токаев"),
      ...aliases("kk", "Қасым-Жомарт Тоқаев", "Тоқаев"),
      ...aliases("zh", "托卡耶夫"),
    ],
  },
  {
    type: "PER",
    name: "Vladimir Putin",
    externalId: "Q7747",
    description: "President of Russia.",
    aliases: [
      ...aliases("en", "Putin"),
      ...aliases("de", "Wladimir Putin"),
      ...aliases("pl", "Władimir Putin", "Władimira Putina", "Putina"),
      ...aliases("ru", "Владимир Путин", "Путин"),
      ...aliases("zh", "普京"),
    ],
  },
  {
    type: "PER",
    name: "David O'Sullivan",
    externalId: null,
    description: "EU International Special Envoy for the Implementation of EU Sanctions (from 2023).",
    aliases: [...aliases("en", "O'Sullivan", "O’Sullivan", "David O’Sullivan"), ...aliases("zh", "奥沙利文")],
  },
  {
    type: "GPE",
    name: "Kazakhstan",
    externalId: "Q232",
    description: "Republic of Kazakhstan, Central Asia; capital Astana.",
    aliases: [
      ...aliases("en", "Kazakhstan", "Kazakh"),
      ...aliases("de", "Kasachstan", "Kasachstans"),
      ...aliases("pl", "Kazachstan", "Kazachstanu", "Kazachstanem", "Kazachstanowi"),
      ...aliases("kk", "Qazaqstan", "Қазақстан"),
      ...aliases("ru", "Казахстан"),
      ...aliases("zh", "哈萨克斯坦", "哈萨克"),
    ],
  },
  {
    type: "GPE",
    name: "Russia",
    externalId: "Q159",
    description: "Russian Federation.",
    aliases: [
      ...aliases("en", "Russian Federation"),
      ...aliases("de", "Russland", "Russlands"),
      ...aliases("pl", "Rosja", "Rosji", "Rosję"),
      ...aliases("ru", "Россия", "Российская Федерация"),
      ...aliases("zh", "俄罗斯", "俄"),
    ],
  },
  {
    type: "GPE",
    name: "Ukraine",
    externalId: "Q212",
    description: "Ukraine.",
    aliases: [
      ...aliases("de", "Ukraine"),
      ...aliases("pl", "Ukraina", "Ukrainy", "Ukrainie"),
      ...aliases("ru", "Украина"),
      ...aliases("zh", "乌克兰"),
    ],
  },
  {
    type: "ORG",
    name: "European Union",
    externalId: "Q458",
    description: "The European Union, its institutions and sanctions policy.",
    aliases: [
      ...aliases("en", "EU"),
      ...aliases("de", "Europäische Union", "Europäischen Union"),
      ...aliases("pl", "Unia Europejska", "Unię Europejską", "Unii Europejskiej", "UE"),
      ...aliases("ru", "Европейский союз", "Евросоюз", "ЕС"),
      ...aliases("zh", "欧盟"),
    ],
  },
  {
    type: "GPE",
    name: "United States",
    externalId: "Q30",
    description: "United States of America.",
    aliases: [
      ...aliases("en", "USA", "United States of America"),
      ...aliases("de", "Vereinigte Staaten"),
      ...aliases("pl", "Stany Zjednoczone", "Stanów Zjednoczonych"),
      ...aliases("ru", "США"),
      ...aliases("zh", "美国"),
    ],
  },
  {
    type: "GPE",
    name: "Donetsk People's Republic",
    externalId: null,
    description: "Self-proclaimed entity in eastern Ukraine, recognised by Russia in 2022.",
    aliases: [
      ...aliases("en", "DPR", "DNR"),
      ...aliases("de", "Donezker Volksrepublik", "Volksrepublik Donezk"),
      ...aliases("pl", "Doniecka Republika Ludowa", "Donieckiej Republiki Ludowej", "DRL"),
      ...aliases("ru", "Донецкая Народная Республика", "ДНР"),
      ...aliases("zh", "顿涅茨克人民共和国"),
    ],
  },
  {
    type: "GPE",
    name: "Luhansk People's Republic",
    externalId: null,
    description: "Self-proclaimed entity in eastern Ukraine, recognised by Russia in 2022.",
    aliases: [
      ...aliases("en", "LPR", "LNR", "Lugansk People's Republic"),
      ...aliases("de", "Luhansker Volksrepublik", "Volksrepublik Luhansk"),
      ...aliases("pl", "Ługańska Republika Ludowa", "Ługańskiej Republiki Ludowej", "ŁRL"),
      ...aliases("ru", "Луганская Народная Республика", "ЛНР"),
      ...aliases("zh", "卢甘斯克人民共和国"),
    ],
  },
  {
    type: "ORG",
    name: "Caspian Pipeline Consortium",
    externalId: null,
    description: "Operator of the oil pipeline from western Kazakhstan to the Black Sea port of Novorossiysk.",
    aliases: [
      ...aliases("en", "CPC"),
      ...aliases("de", "Kaspisches Pipeline-Konsortium", "Kaspischen Pipeline-Konsortiums"),
      ...aliases("ru", "Каспийский трубопроводный консорциум", "КТК", "KTK"),
      ...aliases("zh", "里海管道财团"),
    ],
  },
  {
    type: "LOC",
    name: "Astana",
    externalId: null,
    description: "Capital of Kazakhstan; also used for the Kazakh government.",
    aliases: [
      ...aliases("pl", "Astanie", "Astany"),
      ...aliases("ru", "Астана"),
      ...aliases("zh", "阿斯塔纳"),
    ],
  },
  {
    type: "LOC",
    name: "Moscow",
    externalId: null,
    description: "Capital of Russia; also used for the Russian government.",
    aliases: [
      ...aliases("de", "Moskau"),
      ...aliases("pl", "Moskwa", "Moskwy", "Moskwą", "Moskwie"),
      ...aliases("ru", "Москва"),
      ...aliases("zh", "莫斯科"),
    ],
  },
  {
    type: "LOC",
    name: "Novorossiysk",
    externalId: null,
    description: "Russian Black Sea port where the CPC pipeline ends.",
    aliases: [
      ...aliases("de", "Noworossijsk"),
      ...aliases("pl", "Noworosyjsk"),
      ...aliases("ru", "Новороссийск"),
      ...aliases("zh", "新罗西斯克"),
    ],
  },
];

export const demoArticles: DemoArticle[] = [
  { file: "zh-sanctions-page.html", sourceUrl: "https://news.example.com/world/2023/kazakhstan-sanctions-tokayev" },
  { file: "de-sanktionen.txt", sourceUrl: "https://news.example.com/de/politik/kasachstan-sanktionen" },
  { file: "pl-sankcje.txt", sourceUrl: "https://news.example.com/pl/swiat/kazachstan-sankcje" },
  { file: "en-dual-use.txt", sourceUrl: "https://news.example.com/world/2023/eu-envoy-astana-dual-use" },
  { file: "de-pipeline.txt", sourceUrl: "https://news.example.com/de/wirtschaft/cpc-pipeline-kasachstan" },
];
