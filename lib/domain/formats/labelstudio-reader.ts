import { z } from "zod";
import { describeZodError } from "@/lib/domain/import/describe-zod-error";
import { buildOffsetIndex, type OffsetIndex } from "@/lib/domain/text/code-points";
import { parseJsonContent } from "./parse-json-content";
import { collectLabels, FormatError, readWith, type ImportedDocument, type ImportedSpan, type ReadResult } from "./read-result";
import { quoteAt } from "./span-check";

const resultSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string(),
  from_name: z.string().optional(),
  value: z.looseObject({}).optional(),
  from_id: z.string().optional(),
  to_id: z.string().optional(),
  labels: z.array(z.string()).optional(),
});

const annotationSchema = z.looseObject({
  completed_by: z.union([z.number(), z.string(), z.looseObject({ email: z.string().optional() }), z.null()]).optional(),
  was_cancelled: z.boolean().optional(),
  result: z.array(resultSchema),
});

const taskSchema = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  data: z.record(z.string(), z.unknown()),
  annotations: z.array(annotationSchema).optional(),
  /** A model's pre-annotations; read when the task has no annotation. */
  predictions: z.array(annotationSchema.extend({ model_version: z.string().optional() })).optional(),
});
type Task = z.infer<typeof taskSchema>;
type Result = z.infer<typeof resultSchema>;

const regionSchema = z.object({ start: z.number(), end: z.number(), text: z.string().optional(), labels: z.array(z.string()) });

/**
 * A Label Studio JSON export (an array of tasks, or one task). Text regions (`type` ending in
 * "labels" with numeric `start`/`end`) become spans; per-region choices become span attributes
 * named by their `from_name`; relations become relations. A task without annotations gives its
 * `predictions` (a model's pre-annotations) instead. Offsets are code points, as Label
 * Studio has stored them since 2022; when a region's `text` matches only as UTF-16 units (an
 * export from an older Label Studio), the offsets are converted. Cancelled annotations are skipped.
 */
export function readLabelStudio(content: string, fileName = "tasks.json", textField = "text"): ReadResult {
  return readWith(() => {
    const parsed = parseJsonContent(content, fileName);
    const tasks = Array.isArray(parsed) ? parsed : [parsed];
    const documents = tasks.map((value, index) => {
      const name = `${fileName}: task ${index + 1}`;
      const task = taskSchema.safeParse(value);
      if (!task.success) throw new FormatError({ code: "invalid_document", message: describeZodError(task.error), document: name });
      return readTask(task.data, textField, name);
    });
    return { documents, labels: collectLabels([], documents) };
  });
}

function readTask(task: Task, textField: string, name: string): ImportedDocument {
  const text = task.data[textField];
  if (typeof text !== "string") {
    throw new FormatError({ code: "missing_text", message: `data.${textField} is not a text`, document: name });
  }
  const index = buildOffsetIndex(text);
  const spans: ImportedSpan[] = [];
  const relations: ImportedDocument["relations"] = [];
  const annotations = task.annotations?.length ? task.annotations : (task.predictions ?? []);
  for (const annotation of annotations) {
    if (annotation.was_cancelled) continue;
    const by = annotation.completed_by;
    const annotator = typeof by === "object" && by !== null ? by.email : by === null || by === undefined ? undefined : String(by);
    const regionSpans = new Map<string, ImportedSpan>();
    for (const result of annotation.result) {
      const region = result.type.endsWith("labels") ? regionSchema.safeParse(result.value) : undefined;
      if (!region?.success) continue;
      const [start, end] = regionOffsets(index, region.data, `${name}, result ${result.id ?? "?"}`);
      for (const label of region.data.labels) {
        const span: ImportedSpan = { start, end, label, quote: index.slice(start, end), ...(result.id ? { sourceId: result.id } : {}) };
        if (annotator !== undefined) span.annotator = annotator;
        if (result.id && !regionSpans.has(result.id)) regionSpans.set(result.id, span);
        spans.push(span);
      }
    }
    for (const result of annotation.result) readRegionExtras(result, regionSpans, spans, relations);
  }
  const { title, [textField]: _text, ...otherData } = task.data;
  return {
    ...(typeof title === "string" ? { title } : {}),
    ...(Object.keys(otherData).length > 0 ? { metadata: otherData } : {}),
    ...(task.id !== undefined ? { externalId: String(task.id) } : {}),
    text,
    spans,
    relations,
  };
}

/** Per-region choices and relations refer to regions by id. */
function readRegionExtras(result: Result, regions: Map<string, ImportedSpan>, spans: ImportedSpan[], relations: NonNullable<ImportedDocument["relations"]>): void {
  if (result.type === "relation" && result.from_id && result.to_id) {
    const from = regions.get(result.from_id);
    const to = regions.get(result.to_id);
    if (from && to) relations.push({ type: result.labels?.[0] ?? "relation", from: spans.indexOf(from), to: spans.indexOf(to) });
    return;
  }
  const choices = result.value?.choices;
  const span = result.id ? regions.get(result.id) : undefined;
  if (result.type === "choices" && span && Array.isArray(choices)) {
    span.attributes = { ...span.attributes, [result.from_name ?? "choices"]: choices.map(String).join("|") };
  }
}

function regionOffsets(index: OffsetIndex, region: { start: number; end: number; text?: string | undefined }, where: string): [number, number] {
  const { start, end } = region;
  const inBounds = (length: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
  if (region.text === undefined || (inBounds(index.length) && index.slice(start, end) === region.text)) {
    quoteAt(index, start, end, { document: where });
    return [start, end];
  }
  if (inBounds(index.text.length) && index.text.slice(start, end) === region.text) {
    try {
      return [index.toCodePoint(start, "reject"), index.toCodePoint(end, "reject")];
    } catch {
      // An offset inside a surrogate pair: not UTF-16 offsets after all.
    }
  }
  const quote = quoteAt(index, start, end, { document: where });
  throw new FormatError({
    code: "quote_mismatch",
    message: `region [${start}, ${end}) reads ${JSON.stringify(quote)} in the text, but the file says ${JSON.stringify(region.text)}`,
    document: where,
  });
}
