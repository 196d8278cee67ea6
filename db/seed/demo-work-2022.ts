/** Demo articles of 2022 with the demo annotators' work on them (see demo-work-model.ts). */
import { type DemoAnnotatedArticle, mention } from "./demo-work-model";

export const demoWork2022: DemoAnnotatedArticle[] = [
  {
    file: "en-loophole.txt",
    language: "en",
    publishedAt: "2022-03-14",
    sourceUrl: "https://www.steppe-observer.example/politics/2022/03/astana-sanctions-stance",
    reading: {
      mentions: [
        mention("Kazakhstan", "GPE", "Kazakhstan"),
        mention("a government spokesperson", "PER"),
        mention("Astana", "LOC", "Astana", 1),
        mention("Economists", "PER"),
      ],
      claims: [
        { quote: "Kazakhstan will observe the Western restrictions on Russian banks", claim: "complies", stance: "favor", claimant: "a government spokesperson" },
        { quote: "We will not allow our territory to be used to get around the sanctions", claim: "complies", stance: "favor", claimant: "a government spokesperson" },
        { quote: "the measures would still hit Kazakh importers who rely on Russian suppliers", claim: "harms", stance: "favor", claimant: "Economists" },
      ],
      labels: { complies: "favor", harms: "favor" },
    },
    work: [
      { annotator: "alice" },
      {
        annotator: "bob",
        deviation: {
          skip: ["Astana"],
          bounds: { "We will not allow our territory to be used to get around the sanctions": "will not allow our territory to be used to get around the sanctions" },
        },
      },
    ],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "de-haendler.txt",
    language: "de",
    publishedAt: "2022-04-21",
    sourceUrl: "https://kurier-ost.example/wirtschaft/2022/04/kasachstan-haendler-sanktionen",
    reading: {
      mentions: [
        mention("Russland", "GPE", "Russia"),
        mention("Kasachstan", "GPE", "Kazakhstan", 1),
        mention("Moskau", "LOC", "Moscow"),
        mention("der Vorsitzende eines Unternehmerverbands", "PER"),
        mention("Almaty", "LOC"),
        mention("Astana", "LOC", "Astana"),
      ],
      claims: [
        { quote: "klagen Händler in Kasachstan über leere Lager und steigende Preise", claim: "harms", stance: "favor" },
        { quote: "Die Strafmaßnahmen treffen uns härter als Moskau", claim: "harms", stance: "favor", claimant: "der Vorsitzende eines Unternehmerverbands" },
      ],
      labels: { harms: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", deviation: { unlinked: ["Moskau"], skip: ["Almaty"] } }],
    review: { status: "in_review", prefer: "bob" },
  },
  {
    file: "pl-petersburg.txt",
    language: "pl",
    publishedAt: "2022-06-17",
    sourceUrl: "https://gazeta-wschodnia.example/swiat/2022/06/tokajew-petersburg",
    reading: {
      mentions: [
        mention("Tokajew", "PER", "Kassym-Jomart Tokayev"),
        mention("Kazachstanu", "GPE", "Kazakhstan"),
        mention("Kasym-Żomart Tokajew", "PER", "Kassym-Jomart Tokayev"),
        mention("Donieckiej Republiki Ludowej", "GPE", "Donetsk People's Republic"),
        mention("Ługańskiej Republiki Ludowej", "GPE", "Luhansk People's Republic"),
        mention("Władimira Putina", "PER", "Vladimir Putin"),
        mention("Moskwie", "LOC", "Moscow"),
      ],
      claims: [
        { quote: "nie uznamy separatystycznych republik", claim: "recognises", stance: "against", claimant: "Tokajew" },
        {
          quote: "jego kraj nie uzna Donieckiej Republiki Ludowej ani Ługańskiej Republiki Ludowej",
          claim: "recognises",
          stance: "against",
          claimant: "Kasym-Żomart Tokajew",
        },
      ],
      labels: { recognises: "against" },
    },
    // Alice leaves the headline alone, as the guidelines ask; Bob marks it too.
    work: [{ annotator: "alice", deviation: { skip: ["Tokajew", "nie uznamy separatystycznych republik"] } }, { annotator: "bob" }],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "ru-ktk-sud.txt",
    language: "ru",
    publishedAt: "2022-07-06",
    sourceUrl: "https://delovoy-vestnik.example/energy/2022/07/ktk-novorossiysk",
    reading: {
      mentions: [
        mention("Новороссийске", "LOC", "Novorossiysk", 1),
        mention("Каспийского трубопроводного консорциума", "ORG", "Caspian Pipeline Consortium"),
        mention("Казахстане", "GPE", "Kazakhstan"),
        mention("Токаева", "PER", "Kassym-Jomart Tokayev"),
        mention("алматинский политолог", "PER"),
        mention("Представители консорциума", "ORG", "Caspian Pipeline Consortium"),
      ],
      claims: [
        { quote: "многие увидели в этом ответ на слова Токаева о сепаратистских республиках", claim: "cpc", stance: "favor" },
        { quote: "Нефть стала инструментом давления", claim: "cpc", stance: "favor", claimant: "алматинский политолог" },
        { quote: "назвали причиной экологические нарушения", claim: "cpc", stance: "against", claimant: "Представители консорциума" },
      ],
      labels: { cpc: "favor" },
    },
    work: [
      { annotator: "alice" },
      { annotator: "bob", deviation: { unlinked: ["Представители консорциума"], stances: { "назвали причиной экологические нарушения": "neutral" } } },
    ],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "fr-partenaires.txt",
    language: "fr",
    publishedAt: "2022-09",
    sourceUrl: "https://le-quotidien-eurasie.example/monde/2022/09/moscou-astana",
    reading: {
      mentions: [
        mention("Le Kremlin", "LOC", "Moscow"),
        mention("Kazakhstan", "GPE", "Kazakhstan"),
        mention("Russie", "GPE", "Russia"),
        mention("Astana", "LOC", "Astana", 1),
        mention("un diplomate", "PER"),
      ],
      claims: [
        { quote: "le Kazakhstan restait « un allié et un partenaire stratégique » de la Russie", claim: "partner", stance: "favor", claimant: "Le Kremlin" },
        { quote: "les liens économiques entre les deux pays restaient très étroits", claim: "partner", stance: "favor", claimant: "un diplomate" },
        { quote: "insistant sur le respect des sanctions occidentales", claim: "complies", stance: "favor", claimant: "un diplomate" },
      ],
      labels: { partner: "favor" },
    },
    work: [{ annotator: "alice" }],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "zh-zhicai.txt",
    language: "zh",
    publishedAt: "2022-11-24",
    sourceUrl: "https://xinwen-zhongya.example/guoji/2022/11/hasakesitan-zhicai",
    reading: {
      mentions: [
        mention("哈萨克斯坦", "GPE", "Kazakhstan", 1),
        mention("外交部副部长", "PER"),
        mention("俄罗斯", "GPE", "Russia"),
        mention("分析人士", "PER"),
      ],
      claims: [
        { quote: "哈萨克斯坦将继续遵守西方对俄罗斯的制裁", claim: "complies", stance: "favor", claimant: "外交部副部长" },
        { quote: "哈萨克斯坦不会成为规避制裁的通道", claim: "complies", stance: "favor", claimant: "外交部副部长" },
        { quote: "部分敏感商品仍可能经由第三方公司流入俄罗斯", claim: "evades", stance: "favor", claimant: "分析人士" },
      ],
      labels: { complies: "favor", evades: "favor" },
    },
    work: [
      { annotator: "alice" },
      { annotator: "bob", deviation: { stances: { 部分敏感商品仍可能经由第三方公司流入俄罗斯: "unclear" }, labels: { evades: "neutral" } } },
    ],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "en-middle-corridor.txt",
    language: "en",
    publishedAt: "2022-12-08",
    sourceUrl: "https://www.central-asia-monitor.example/2022/12/middle-corridor",
    reading: {
      mentions: [
        mention("The European Union", "ORG", "European Union"),
        mention("an EU official", "PER"),
        mention("Astana", "LOC", "Astana"),
        mention("Kazakhstan", "GPE", "Kazakhstan"),
      ],
      claims: [
        {
          quote: "The European Union is ready to invest in a trade route across the Caspian Sea that avoids Russian territory",
          claim: "diversify",
          stance: "favor",
          claimant: "an EU official",
        },
        { quote: "Kazakhstan should not have to depend on a single neighbour to reach its markets", claim: "diversify", stance: "favor", claimant: "an EU official" },
      ],
      labels: { diversify: "favor" },
    },
    work: [
      { annotator: "alice" },
      {
        annotator: "bob",
        deviation: {
          skip: ["Astana"],
          bounds: { "Kazakhstan should not have to depend on a single neighbour to reach its markets": "should not have to depend on a single neighbour" },
        },
      },
    ],
  },
];
