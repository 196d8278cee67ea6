import "server-only";
import { exportBratConfig } from "@/lib/domain/export/brat-config";
import { exportBratDocument } from "@/lib/domain/export/brat-standoff";
import { datasetCardReadme } from "@/lib/domain/export/dataset-card";
import { selectAnnotationSet } from "@/lib/domain/export/dataset-model";
import { assignSplit, datasetSplits, DEFAULT_SPLIT_RATIOS } from "@/lib/domain/export/dataset-split";
import { countRow, createDatasetStats } from "@/lib/domain/export/dataset-stats";
import { addToDiscourseNetwork, createDiscourseNetwork } from "@/lib/domain/export/discourse-network";
import { huggingFaceLabelNames, huggingFaceLine, huggingFaceRow } from "@/lib/domain/export/huggingface-rows";
import { discourseNetworkCsv } from "@/lib/domain/export/network-csv";
import { discourseNetworkGraphml } from "@/lib/domain/export/network-graphml";
import type { ExportSetChoice } from "./export-formats";
import { type ExportChunk, type ExportInput, selectorName, selectorsFor } from "./export-input";
import { ZipStream } from "./zip-stream";

/** File names keep to characters every file system accepts. */
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._@-]+/g, "_");

/** brat: `doc-<id>.<gold|email>.txt` and `.ann` per document and set, and the two config files. */
export async function* writeBratZip(input: ExportInput): AsyncGenerator<ExportChunk> {
  const zip = new ZipStream();
  for (const entry of exportBratConfig(input.context.schema)) zip.addFile(entry.path, entry.content);
  for await (const batch of input.batches()) {
    for (const loaded of batch) {
      for (const selector of selectorsFor(loaded, input.set)) {
        const base = `doc-${loaded.document.id}.${safeName(selectorName(selector))}`;
        for (const entry of exportBratDocument(selectAnnotationSet(loaded.document, selector))) {
          zip.addFile(`${base}${entry.path.slice(entry.path.lastIndexOf("."))}`, entry.content);
        }
      }
    }
    yield* zip.drain();
  }
  zip.end();
  yield* zip.drain();
}

const setDescriptions: Record<ExportSetChoice, string> = {
  gold: "gold (adjudicated)",
  annotators: "each annotator's submitted work, one row per annotator and document (field `annotator`)",
  all: "gold and each annotator's submitted work, one row per set and document (field `annotator`, `gold` for gold)",
};

/**
 * Hugging Face: `train.jsonl`, `validation.jsonl`, `test.jsonl` split by a seeded hash of the
 * document id (all sets of a document land in one split), then the README dataset card. A zip
 * writes one file at a time, so each split is one pass over the documents; the split is known
 * from the id, so documents of other splits are skipped before their annotations are read.
 */
export async function* writeHuggingFaceZip(input: ExportInput): AsyncGenerator<ExportChunk> {
  const zip = new ZipStream();
  const labelNames = huggingFaceLabelNames(input.context.schema);
  const stats = createDatasetStats();
  const languages = new Set<string>();
  for (const split of datasetSplits) {
    const file = zip.openFile(`${split}.jsonl`);
    const inSplit = (id: number) => assignSplit(id, input.seed, DEFAULT_SPLIT_RATIOS) === split;
    for await (const batch of input.batches(inSplit)) {
      const lines: string[] = [];
      for (const loaded of batch) {
        for (const selector of selectorsFor(loaded, input.set)) {
          const row = huggingFaceRow(selectAnnotationSet(loaded.document, selector), labelNames);
          countRow(stats, split, row);
          languages.add(row.language);
          lines.push(input.set === "gold" ? huggingFaceLine(row) : huggingFaceLine({ annotator: selectorName(selector), ...row } as typeof row));
        }
      }
      file.write(lines.join(""));
      yield* zip.drain();
    }
    file.close();
  }
  zip.addFile(
    "README.md",
    datasetCardReadme({
      name: input.context.projectName,
      description: input.projectDescription || `Claim and entity annotations from the Claimdesk project ${input.context.projectName}.`,
      languages: [...languages].sort(),
      schema: input.context.schema,
      labelNames,
      stats,
      agreement: [],
      seed: input.seed,
      ratios: DEFAULT_SPLIT_RATIOS,
      annotationSet: setDescriptions[input.set],
    }),
  );
  zip.end();
  yield* zip.drain();
}

/** The discourse network (nodes and edge counts only, never spans) as GraphML and an edge CSV. */
export async function* writeNetworkZip(input: ExportInput): AsyncGenerator<ExportChunk> {
  const network = createDiscourseNetwork();
  for await (const batch of input.batches()) {
    for (const loaded of batch) {
      for (const selector of selectorsFor(loaded, input.set)) {
        addToDiscourseNetwork(network, selectAnnotationSet(loaded.document, selector));
      }
    }
  }
  const zip = new ZipStream();
  zip.addFile("network.graphml", discourseNetworkGraphml(network));
  zip.addFile("edges.csv", discourseNetworkCsv(network));
  zip.end();
  yield* zip.drain();
}
