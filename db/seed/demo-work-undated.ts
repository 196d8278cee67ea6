/** Demo articles without a full date, with the demo annotators' work on them (see demo-work-model.ts). */
import { type DemoAnnotatedArticle, mention } from "./demo-work-model";

export const demoWorkUndated: DemoAnnotatedArticle[] = [
  {
    file: "en-balancing-act.txt",
    language: "en",
    publishedAt: null,
    sourceUrl: "https://www.central-asia-monitor.example/analysis/kazakhstan-balancing-act",
    reading: {
      mentions: [
        mention("Kazakhstan", "GPE", "Kazakhstan", 1),
        mention("Moscow", "LOC", "Moscow"),
        mention("Ukraine", "GPE", "Ukraine"),
        mention("Its officials", "PER"),
        mention("Russia", "GPE", "Russia"),
        mention("Astana", "LOC", "Astana"),
      ],
      claims: [
        { quote: "Kazakhstan has tried to stay close to Moscow", claim: "partner", stance: "favor" },
        { quote: "the country follows the sanctions", claim: "complies", stance: "favor", claimant: "Its officials" },
        { quote: "some banned goods still cross the border", claim: "evades", stance: "favor" },
      ],
      labels: { evades: "favor", partner: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", deviation: { stances: { "Kazakhstan has tried to stay close to Moscow": "neutral" } } }],
    review: { status: "adjudicated", prefer: "alice" },
  },
  {
    file: "fr-breve.txt",
    language: "fr",
    publishedAt: null,
    sourceUrl: "https://breves-asie-centrale.example/kazakhstan-sanctions-breve",
    reading: {
      mentions: [
        mention("Le ministre kazakh des Affaires étrangères", "PER"),
        mention("Kazakhstan", "GPE", "Kazakhstan"),
        mention("Donetsk", "GPE", "Donetsk People's Republic"),
        mention("Louhansk", "GPE", "Luhansk People's Republic"),
      ],
      claims: [
        {
          quote: "son pays ne servirait pas de plateforme de contournement des sanctions",
          claim: "complies",
          stance: "favor",
          claimant: "Le ministre kazakh des Affaires étrangères",
        },
        {
          quote: "le Kazakhstan ne reconnaissait pas les « républiques » de Donetsk et de Louhansk",
          claim: "recognises",
          stance: "against",
          claimant: "Le ministre kazakh des Affaires étrangères",
        },
      ],
      labels: { complies: "favor", recognises: "against" },
    },
    work: [{ annotator: "bob" }],
  },
  {
    // Dated to the year only: the stance-over-time view lists it with the undated ones.
    file: "de-kommentar.txt",
    language: "de",
    publishedAt: "2023",
    sourceUrl: "https://kurier-ost.example/meinung/kasachstan-astana-spielt-auf-zeit",
    reading: {
      mentions: [
        mention("Kasachstan", "GPE", "Kazakhstan"),
        mention("Russland", "GPE", "Russia"),
        mention("Ein Diplomat aus Brüssel", "PER"),
        mention("Astana", "LOC", "Astana", 1),
      ],
      claims: [
        { quote: "Kasachstan hält offiziell an den Sanktionen fest", claim: "complies", stance: "neutral" },
        { quote: "der Handel mit Russland wächst weiter", claim: "evades", stance: "unclear" },
        { quote: "bleibt Russland trotz allem der wichtigste Nachbar", claim: "partner", stance: "favor" },
      ],
      labels: { partner: "favor" },
    },
    work: [{ annotator: "alice" }, { annotator: "bob", submitted: false }],
  },
];
