import { spanLabel, type ExportDocument } from "./dataset-model";
import { tagSentences } from "./iob2-tags";
import { tokenizeSentences } from "./tokenize-text";

/**
 * CoNLL-2003 style: a `-DOCSTART-` line and a blank line open each document (the CoNLL-2003
 * convention, here with the same two columns as every token line), then one `token\tTAG` line
 * per token with IOB2 entity tags and a blank line after each sentence. Only entity spans are
 * tagged; pass one annotation set (see `selectAnnotationSet`), since tags cannot overlap.
 */
export function exportConllDocument(document: ExportDocument): string {
  const sentences = tokenizeSentences(document.text, document.language);
  const entities = document.spans
    .filter((span) => span.layer === "entity")
    .map((span) => ({ start: span.start, end: span.end, label: spanLabel(span) }));
  const tags = tagSentences(sentences, entities);
  const lines = ["-DOCSTART-\tO", ""];
  sentences.forEach((sentence, s) => {
    sentence.forEach((token, t) => lines.push(`${token.text}\t${tags[s]![t]!}`));
    lines.push("");
  });
  return `${lines.join("\n")}\n`;
}
