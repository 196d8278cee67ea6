import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import { FormatError, type ImportedDocument, type ImportedRelation, type ImportedSpan } from "./read-result";
import { quoteAt, requireQuote } from "./span-check";

interface AnnLine {
  id: string;
  data: string;
  /** After the second tab: a span's text, a reference's name, a note. */
  tail: string | undefined;
  line: number;
}

function splitLines(content: string, document: string): AnnLine[] {
  const lines: AnnLine[] = [];
  content.split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (raw.trim() === "") return;
    const [id = "", data, ...rest] = raw.split("\t");
    if (data === undefined || !/^(?:(?:[A-Za-z]+|#[A-Za-z]*)\d+\S*|\*)$/.test(id)) {
      throw new FormatError({ code: "invalid_line", message: `not a brat annotation line: ${JSON.stringify(raw)}`, document, line: index + 1 });
    }
    lines.push({ id, data, tail: rest.length > 0 ? rest.join("\t") : undefined, line: index + 1 });
  });
  return lines;
}

function failAt(document: string, line: AnnLine, code: "invalid_line" | "unknown_reference", message: string): never {
  throw new FormatError({ code, message: `${line.id}: ${message}`, document, line: line.line });
}

/**
 * Reads one `.ann` against its `.txt`. Offsets are code points, which is what brat's Python
 * reader counts; a discontinuous span (`T1\tORG 0 5;6 11\tquote`) becomes one span over all
 * its fragments, whose text must be the fragments joined by one space, as brat writes them.
 * Events (`E`) and equivalences (`*`) are not part of Claimdesk's model and are skipped.
 */
export function parseBratAnn(text: string, content: string, document: string): ImportedDocument {
  const index = buildOffsetIndex(text);
  const lines = splitLines(content, document);
  const spans: ImportedSpan[] = [];
  const spanIndex = new Map<string, number>();
  const fail = (line: AnnLine, code: "invalid_line" | "unknown_reference", message: string) => failAt(document, line, code, message);

  for (const line of lines.filter((candidate) => candidate.id.startsWith("T"))) {
    const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(line.data);
    if (!match) failAt(document, line, "invalid_line", `expected "TYPE START END", found ${JSON.stringify(line.data)}`);
    const fragments = match[2]!.split(";").map((pair) => pair.split(" ").map(Number) as [number, number]);
    const where = { document, line: line.line };
    const pieces = fragments.map(([start, end]) => quoteAt(index, start, end, where));
    const start = Math.min(...fragments.map(([from]) => from));
    const end = Math.max(...fragments.map(([, to]) => to));
    const expected = line.tail ?? "";
    // brat fills in a missing text and accepts pre-1.3 files that joined fragments without a space.
    if (expected !== "" && expected !== pieces.join("")) requireQuote(expected, pieces.join(" "), start, end, where);
    if (spanIndex.has(line.id)) fail(line, "invalid_line", "the id is used twice");
    spanIndex.set(line.id, spans.length);
    spans.push({
      start,
      end,
      label: match[1]!,
      quote: index.slice(start, end),
      ...(fragments.length > 1 ? { fragments } : {}),
      sourceId: line.id,
    });
  }

  const target = (line: AnnLine, id: string | undefined): ImportedSpan => {
    const found = id === undefined ? undefined : spans[spanIndex.get(id) ?? -1];
    return found ?? fail(line, "unknown_reference", `refers to ${id ?? "nothing"}, which is not a text-bound annotation`);
  };
  const relations: ImportedRelation[] = [];
  for (const line of lines) {
    const kind = line.id[0];
    const fields = line.data.split(" ");
    if (kind === "T" || kind === "E" || kind === "*") continue;
    // Attributes, notes and relations of events go with the events.
    const targets = kind === "R" ? fields.slice(1).map((field) => field.split(":")[1] ?? "") : [fields[1] ?? ""];
    if (targets.some((id) => /^E\d/.test(id))) continue;
    if (kind === "A" || kind === "M") {
      const span = target(line, fields[1]);
      span.attributes = { ...span.attributes, [fields[0]!]: fields[2] ?? "true" };
    } else if (kind === "N") {
      const match = /^(\S+) (\S+) (\S+?):(\S+)$/.exec(line.data);
      if (!match) failAt(document, line, "invalid_line", `expected "Reference T1 DB:ID", found ${JSON.stringify(line.data)}`);
      const span = target(line, match[2]);
      span.references = [...(span.references ?? []), { db: match[3]!, id: match[4]!, name: line.tail ?? "" }];
    } else if (kind === "#") {
      if (fields[0] === "AnnotatorNotes" && fields[1]?.startsWith("T")) target(line, fields[1]).note = line.tail ?? "";
    } else if (kind === "R") {
      const args = fields.slice(1).map((field) => field.split(":")[1]);
      if (fields.length !== 3 || args.some((arg) => !arg)) fail(line, "invalid_line", `expected "TYPE Arg1:T1 Arg2:T2"`);
      target(line, args[0]);
      target(line, args[1]);
      relations.push({ type: fields[0]!, from: spanIndex.get(args[0]!)!, to: spanIndex.get(args[1]!)! });
    } else {
      fail(line, "invalid_line", "unknown annotation kind");
    }
  }
  return { text, spans, relations };
}
