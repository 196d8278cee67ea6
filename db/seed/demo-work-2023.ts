/** Demo articles of 2023 with the demo annotators' work on them (see demo-work-model.ts). */
import { type DemoAnnotatedArticle, mention } from "./demo-work-model";

export const demoWork2023: DemoAnnotatedArticle[] = [
  {
    file: "de-reexporte.txt",
    language: "de",
    publishedAt: "2023-01-19",
    sourceUrl: "https://tagesblatt.example/politik/2023/01/kasachstan-reexporte",
    reading: {
      mentions: [
        mention("Europäischen Union", "ORG", "European Union"),
        mention("Kasachstan", "GPE", "Kazakhstan", 1),
        mention("Fachleute", "PER"),
        mention("Russland", "GPE", "Russia"),
        mention("Ein Sprecher der kasachischen Regierung", "PER"),
      ],
      claims: [
        {
          quote: "Die Ausfuhren von Elektronik aus der Europäischen Union nach Kasachstan haben sich binnen eines Jahres vervielfacht",
          claim: "evades",
          stance: "neutral",
        },
        { quote: "dass ein Teil der Waren weiter nach Russland gelangt", claim: "evades", stance: "favor", claimant: "Fachleute" },
        { quote: "Wir kontrollieren jede Lieferung.", claim: "complies", stance: "favor", claimant: "Ein Sprecher der kasachischen Regierung" },
      ],
      labels: { evades: "favor" },
    },
    work: [
      { annotator: "alice" },
      {
        annotator: "bob",
        deviation: {
          skip: ["Die Ausfuhren von Elektronik aus der Europäischen Union nach Kasachstan haben sich binnen eines Jahres vervielfacht"],
          claims: { "Wir kontrollieren jede Lieferung.": "evades" },
          stances: { "Wir kontrollieren jede Lieferung.": "against" },
        },
      },
    ],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "pl-straty.txt",
    language: "pl",
    publishedAt: "2023-02-09",
    sourceUrl: "https://wiadomosci-gospodarcze.example/2023/02/kazachstan-sankcje-koszty",
    reading: {
      mentions: [mention("Rosję", "GPE", "Russia"), mention("przedstawiciel izby handlowej", "PER"), mention("Astanie", "LOC", "Astana")],
      claims: [
        { quote: "Kazachskie banki i przewoźnicy tracą klientów z powodu sankcji nałożonych na Rosję", claim: "harms", stance: "favor" },
        { quote: "Płacimy wysoką cenę za cudzą wojnę", claim: "harms", stance: "favor", claimant: "przedstawiciel izby handlowej" },
      ],
      labels: { harms: "favor" },
    },
    work: [{ annotator: "bob" }],
  },
  {
    file: "ru-kreml.txt",
    language: "ru",
    publishedAt: "2023-03",
    sourceUrl: "https://delovoy-vestnik.example/politics/2023/03/kreml-kazakhstan",
    reading: {
      mentions: [
        mention("Кремле", "LOC", "Moscow", 1),
        mention("Казахстан", "GPE", "Kazakhstan", 1),
        mention("России", "GPE", "Russia"),
        mention("Казахстанский эксперт", "PER"),
        mention("Астана", "LOC", "Astana"),
        mention("Москвы", "LOC", "Moscow"),
      ],
      claims: [
        { quote: "Казахстан остаётся стратегическим партнёром России", claim: "partner", stance: "favor", claimant: "Кремле" },
        { quote: "Астана всё активнее дистанцируется от Москвы", claim: "partner", stance: "against", claimant: "Казахстанский эксперт" },
        { quote: "правительство не хочет попасть под вторичные санкции", claim: "complies", stance: "favor", claimant: "Казахстанский эксперт" },
      ],
      labels: { partner: "neutral" },
    },
    work: [
      { annotator: "alice" },
      {
        annotator: "bob",
        deviation: {
          unlinked: ["Кремле"],
          stances: { "правительство не хочет попасть под вторичные санкции": "neutral" },
          labels: { partner: "favor" },
        },
      },
    ],
    review: { status: "adjudicated", prefer: "bob" },
  },
  {
    file: "zh-guandao.txt",
    language: "zh",
    publishedAt: "2023-04-12",
    sourceUrl: "https://caijing-shijie.example/nengyuan/2023/04/cpc-guandao",
    reading: {
      mentions: [
        mention("里海管道财团", "ORG", "Caspian Pipeline Consortium", 1),
        mention("新罗西斯克", "LOC", "Novorossiysk"),
        mention("哈萨克斯坦", "GPE", "Kazakhstan"),
        mention("能源部官员", "PER"),
        mention("一位能源专家", "PER"),
        mention("俄罗斯", "GPE", "Russia"),
        mention("阿斯塔纳", "LOC", "Astana"),
      ],
      claims: [
        { quote: "该国对这条管道的依赖仍然过高", claim: "cpc", stance: "neutral", claimant: "能源部官员" },
        { quote: "俄罗斯随时可以利用这条管道向阿斯塔纳施压", claim: "cpc", stance: "favor", claimant: "一位能源专家" },
      ],
      labels: { cpc: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", deviation: { stances: { 该国对这条管道的依赖仍然过高: "unclear" } } }],
    review: { status: "in_review", prefer: "alice" },
  },
  {
    file: "en-envoy-partner.txt",
    language: "en",
    publishedAt: "2023-05-16",
    sourceUrl: "https://www.steppe-observer.example/politics/2023/05/eu-envoy-partner",
    reading: {
      mentions: [
        mention("David O'Sullivan", "PER", "David O'Sullivan"),
        mention("EU", "ORG", "European Union", 1),
        mention("Astana", "LOC", "Astana"),
        mention("Kazakhstan", "GPE", "Kazakhstan", 1),
        mention("Russia", "GPE", "Russia"),
      ],
      claims: [
        { quote: "Kazakhstan had been cooperative", claim: "complies", stance: "favor", claimant: "David O'Sullivan" },
        { quote: "We see real efforts by the authorities to stop sensitive goods from reaching Russia", claim: "complies", stance: "favor", claimant: "David O'Sullivan" },
        { quote: "the EU would help Kazakh companies find new markets", claim: "diversify", stance: "favor", claimantEntity: "David O'Sullivan" },
      ],
      labels: { complies: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", deviation: { skip: ["Kazakhstan had been cooperative"] } }],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "fr-voitures.txt",
    language: "fr",
    publishedAt: "2023-06-27",
    sourceUrl: "https://le-quotidien-eurasie.example/economie/2023/06/voitures-russie",
    reading: {
      mentions: [
        mention("journalistes indépendants", "PER"),
        mention("Kazakhstan", "GPE", "Kazakhstan", 1),
        mention("Russie", "GPE", "Russia", 1),
        mention("Les autorités kazakhes", "ORG"),
        mention("Un expert en commerce", "PER"),
      ],
      claims: [
        {
          quote: "des centaines de voitures européennes achetées au Kazakhstan ont été revendues en Russie",
          claim: "evades",
          stance: "favor",
          claimant: "journalistes indépendants",
        },
        { quote: "avoir renforcé les contrôles à la frontière", claim: "complies", stance: "favor", claimant: "Les autorités kazakhes" },
        { quote: "ces contrôles restent « largement symboliques »", claim: "complies", stance: "against", claimant: "Un expert en commerce" },
      ],
      labels: { evades: "favor" },
    },
    work: [
      { annotator: "alice" },
      {
        annotator: "bob",
        deviation: {
          claims: { "ces contrôles restent « largement symboliques »": "evades" },
          stances: { "ces contrôles restent « largement symboliques »": "favor" },
        },
      },
    ],
  },
  {
    file: "de-tokajew-berlin.txt",
    language: "de",
    publishedAt: "2023-09-29",
    sourceUrl: "https://tagesblatt.example/politik/2023/09/tokajew-berlin",
    reading: {
      mentions: [
        mention("Berlin", "LOC", undefined, 1),
        mention("Tokajew", "PER", "Kassym-Jomart Tokayev", 1),
        mention("Kasachstan", "GPE", "Kazakhstan", 1),
        mention("Russland", "GPE", "Russia"),
      ],
      claims: [
        { quote: "Kasachstan werde die Sanktionen gegen Russland einhalten", claim: "complies", stance: "favor", claimant: "Tokajew" },
        { quote: "warb er um deutsche Investitionen in neue Handelswege über das Kaspische Meer", claim: "diversify", stance: "favor", claimant: "Tokajew" },
        { quote: "Die Beziehungen zu Russland nannte er dennoch „eng und vielfältig“", claim: "partner", stance: "favor", claimant: "Tokajew" },
      ],
      labels: { complies: "favor", partner: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", deviation: { skip: ["Berlin"], labels: { partner: "neutral" } } }],
    review: { status: "adjudicated", prefer: "bob" },
  },
  {
    file: "pl-miedzy.txt",
    language: "pl",
    publishedAt: "2023-10-05",
    sourceUrl: "https://gazeta-wschodnia.example/opinie/2023/10/kazachstan-miedzy-rosja-a-zachodem",
    reading: {
      mentions: [
        mention("analityka z Warszawy", "PER"),
        mention("Kazachstan", "GPE", "Kazakhstan", 1),
        mention("Rosji", "GPE", "Russia"),
        mention("Unia Europejska", "ORG", "European Union"),
      ],
      claims: [
        { quote: "Kazachstan formalnie przestrzega sankcji", claim: "complies", stance: "neutral", claimant: "analityka z Warszawy" },
        { quote: "w praktyce pozostaje ważnym kanałem dostaw dla Rosji", claim: "evades", stance: "favor", claimant: "analityka z Warszawy" },
        {
          quote: "Unia Europejska powinna jego zdaniem mocniej wspierać kazachskie firmy szukające rynków poza Rosją",
          claim: "diversify",
          stance: "favor",
          claimant: "analityka z Warszawy",
        },
      ],
      labels: { evades: "favor" },
    },
    work: [{ annotator: "alice" }],
  },
  {
    file: "ru-reeksport.txt",
    language: "ru",
    publishedAt: "2023-11-14",
    sourceUrl: "https://novosti-stepi.example/ekonomika/2023/11/reeksport-kontrol",
    reading: {
      mentions: [
        mention("Казахстана", "GPE", "Kazakhstan"),
        mention("Россию", "GPE", "Russia"),
        mention("представитель министерства торговли", "PER"),
        mention("Евросоюз", "ORG", "European Union"),
      ],
      claims: [
        { quote: "Правительство Казахстана ввело онлайн-учёт товаров", claim: "complies", stance: "favor" },
        { quote: "Мы не станем площадкой для обхода ограничений", claim: "complies", stance: "favor", claimant: "представитель министерства торговли" },
        { quote: "приветствовал это решение", claim: "complies", stance: "favor", claimant: "Евросоюз" },
      ],
      labels: { complies: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", deviation: { skip: ["Правительство Казахстана ввело онлайн-учёт товаров"] } }],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "zh-zoulang.txt",
    language: "zh",
    publishedAt: "2023-12-19",
    sourceUrl: "https://xinwen-zhongya.example/jingji/2023/12/zhongjian-zoulang",
    reading: {
      mentions: [
        mention("欧盟", "ORG", "European Union"),
        mention("哈萨克斯坦", "GPE", "Kazakhstan"),
        mention("俄罗斯", "GPE", "Russia"),
        mention("托卡耶夫", "PER", "Kassym-Jomart Tokayev"),
      ],
      claims: [
        { quote: "将继续支持哈萨克斯坦发展不经过俄罗斯的运输线路", claim: "diversify", stance: "favor", claimant: "欧盟" },
        { quote: "多元化的贸易路线符合哈萨克斯坦的长远利益", claim: "diversify", stance: "favor", claimant: "托卡耶夫" },
      ],
      labels: { diversify: "favor" },
    },
    work: [{ annotator: "bob" }, { annotator: "alice", deviation: { skip: ["俄罗斯"] } }],
    review: { status: "adjudicated", prefer: "bob" },
  },
];
