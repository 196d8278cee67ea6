import { parseBratAnnotationConf } from "./brat-annotation-conf";
import { parseBratAnn } from "./brat-ann-parser";
import { collectLabels, FormatError, readWith, type ImportedDocument, type ReadResult } from "./read-result";

export interface SourceFile {
  path: string;
  content: string;
}

const stem = (path: string) => path.replace(/\.[^./]*$/, "");
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/**
 * A brat collection: `.txt` and `.ann` files paired by path, and any `annotation.conf`, whose
 * entity and event types come first in `labels`. A `.txt` without `.ann` is a document without
 * annotations, as in brat; an `.ann` without `.txt` is an error. Other files are ignored.
 */
export function readBrat(files: readonly SourceFile[]): ReadResult {
  return readWith(() => {
    const texts = new Map<string, string>();
    const anns = new Map<string, SourceFile>();
    const declared: string[] = [];
    for (const file of files) {
      if (baseName(file.path) === "annotation.conf") {
        const conf = parseBratAnnotationConf(file.content, file.path);
        declared.push(...conf.entities, ...conf.events);
      } else if (file.path.endsWith(".txt")) texts.set(stem(file.path), file.content);
      else if (file.path.endsWith(".ann")) anns.set(stem(file.path), file);
    }
    for (const [key, ann] of anns) {
      if (!texts.has(key)) {
        throw new FormatError({ code: "missing_text", message: `no ${key}.txt for this annotation file`, document: ann.path });
      }
    }
    const documents: ImportedDocument[] = [...texts.keys()].sort().map((key) => {
      const text = texts.get(key)!;
      const ann = anns.get(key);
      const parsed = ann ? parseBratAnn(text, ann.content, ann.path) : { text, spans: [], relations: [] };
      return { title: baseName(key), externalId: key, ...parsed };
    });
    return { documents, labels: collectLabels(declared, documents) };
  });
}
