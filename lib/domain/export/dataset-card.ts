import type { ExportLabelSchema } from "./dataset-model";
import { splitsOf, type DatasetStats } from "./dataset-stats";
import type { SplitRatios } from "./dataset-split";

export interface AgreementFigure {
  /** e.g. "Krippendorff's alpha (claim spans)". */
  measure: string;
  value: number;
  /** e.g. "120 documents, 3 annotators". */
  scope?: string;
}

export interface DatasetCardInput {
  name: string;
  description: string;
  languages: string[];
  license?: string;
  schema: ExportLabelSchema;
  labelNames: string[];
  stats: DatasetStats;
  agreement: AgreementFigure[];
  seed: string;
  ratios: SplitRatios;
  /** Which annotations the rows hold, e.g. "gold (adjudicated)". */
  annotationSet: string;
}

/** YAML accepts JSON strings, which escape everything a name may hold. */
const yamlString = (value: string) => JSON.stringify(value);
const cell = (value: string | number) => String(value).replace(/\|/g, "\\|").replace(/\s+/g, " ");
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(" | ")} |`;

function table(header: string[], rows: (string | number)[][]): string[] {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)];
}

/** The dataset card (README.md) for the Hugging Face export: front matter, schema, counts, agreement. */
export function datasetCardReadme(input: DatasetCardInput): string {
  const splits = splitsOf(input.stats);
  const entityLabels = [...new Set(splits.flatMap((split) => Object.keys(input.stats[split].entities)))].sort();
  const stances = [...new Set(splits.flatMap((split) => Object.keys(input.stats[split].claims)))].sort();
  const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
  const ratios = [input.ratios.train, input.ratios.validation, input.ratios.test].map(percent).join(" / ");
  return [
    "---",
    ...(input.license ? [`license: ${yamlString(input.license)}`] : []),
    "language:",
    ...input.languages.map((language) => `- ${yamlString(language)}`),
    "task_categories:",
    "- token-classification",
    "task_ids:",
    "- named-entity-recognition",
    `pretty_name: ${yamlString(input.name)}`,
    "configs:",
    "- config_name: default",
    "  data_files:",
    ...splits.flatMap((split) => [`  - split: ${split}`, `    path: ${split}.jsonl`]),
    "---",
    "",
    `# ${input.name}`,
    "",
    input.description,
    "",
    `Annotations: ${input.annotationSet}. Exported from Claimdesk.`,
    "",
    "## Data fields",
    "",
    ...table(
      ["field", "type", "meaning"],
      [
        ["id", "int", "document id"],
        ["text", "string", "document text (NFC, `\\n` line endings)"],
        ["language", "string", "BCP-47 tag"],
        ["tokens", "list of string", "words, punctuation and emoji as `Intl.Segmenter` cuts them"],
        ["ner_tags", "list of ClassLabel", "IOB2 entity tags, one per token (names below)"],
        ["spans", "list of {start, end, label, text}", "entity spans"],
        ["claims", "list of {start, end, text, claim_id, claim, stance, claimant}", "claim spans with canonical claim and stance"],
      ],
    ),
    "",
    "Offsets are Unicode code points, half-open: `text[start:end] == span[\"text\"]` in Python.",
    "",
    "## Labels",
    "",
    ...table(["id", "ner_tags name"], input.labelNames.map((name, id) => [id, name])),
    "",
    ...table(["entity type", "name"], input.schema.entityTypes.map((type) => [type.key, type.name])),
    "",
    ...table(["stance", "name"], input.schema.stanceLabels.map((stance) => [stance.key, stance.name])),
    "",
    "## Splits",
    "",
    `Documents are assigned by a hash of the seed \`${cell(input.seed)}\` and the document id ` +
      `(target ${ratios}), so the same seed reproduces the split.`,
    "",
    ...table(
      ["split", "documents", "tokens", ...entityLabels.map((label) => `entities: ${label}`), ...stances.map((stance) => `claims: ${stance}`)],
      splits.map((split) => {
        const stats = input.stats[split];
        return [
          split,
          stats.documents,
          stats.tokens,
          ...entityLabels.map((label) => stats.entities[label] ?? 0),
          ...stances.map((stance) => stats.claims[stance] ?? 0),
        ];
      }),
    ),
    "",
    "## Inter-annotator agreement",
    "",
    ...(input.agreement.length === 0
      ? ["No agreement figures were computed for this export."]
      : table(["measure", "value", "scope"], input.agreement.map((figure) => [figure.measure, figure.value.toFixed(3), figure.scope ?? ""]))),
    "",
  ].join("\n");
}
