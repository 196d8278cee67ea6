import { and, asc, eq } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { annotations, assignments, claims, documents, entityTypes, events, relations } from "@/db/schema";
import type { ExportDocument } from "@/lib/domain/export/dataset-model";
import { insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import type { Caller } from "@/lib/server/auth/caller";
import { exportProject, exportToReadableStream } from "@/lib/server/export/export-project";
import type { ExportFilters } from "@/lib/server/export/export-filters";
import { setUpExportProject } from "@/lib/server/export/export-test-fixtures";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { importDocuments } from "./import-documents";

const file = (name: string, content: string | Uint8Array) => ({ name, bytes: typeof content === "string" ? strToU8(content) : content });
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

// Own fixtures in the shapes of brat's CoNLL-2002 samples: an annotation.conf, texts with accents and emoji.
const conf = "# types\n[entities]\nORG\nPER\nLOC\nMISC\n\n[relations]\n\n[events]\n\n[attributes]\n";
const harbourText = "Marta Solé visitó Tarragona 🚢 con la Autoridad Portuaria.\nDespués habló del Mundial.\n";
const harbourAnn = "T1\tPER 0 10\tMarta Solé\nT2\tLOC 18 27\tTarragona\nT3\tORG 37 56\tAutoridad Portuaria\nT4\tMISC 76 83\tMundial\n";
const dutchText = "Jan de Vries sprak in Gent met Stad Gent.\n";
const dutchAnn = "T1\tPER 0 12\tJan de Vries\nT2\tLOC 22 26\tGent\nT3\tORG 31 40\tStad Gent\n";

let db: Db;
let manager: Caller;
let annotator: Caller;
let projectId: number;

async function freshProject(name: string) {
  const id = (await createProject({ caller: manager, name })).id;
  return { id, annotator: await insertTestMember(db, id, "annotator") };
}

beforeAll(async () => {
  db = await useTestDatabase();
  manager = await insertTestUser(db, { isAdmin: true });
  projectId = (await createProject({ caller: manager, name: "Annotated import" })).id;
  annotator = await insertTestMember(db, projectId, "annotator");
});

const typeKeys = (id: number) =>
  db.select({ key: entityTypes.key, hotkey: entityTypes.hotkey }).from(entityTypes).where(eq(entityTypes.projectId, id)).orderBy(asc(entityTypes.position));

describe("importing annotated files", () => {
  it("brings .txt/.ann pairs in as pre-annotations, creating the annotation.conf types in order", async () => {
    const report = await importDocuments({
      caller: manager,
      projectId,
      files: [file("annotation.conf", conf), file("harbour.txt", harbourText), file("harbour.ann", harbourAnn), file("gent.txt", dutchText), file("gent.ann", dutchAnn)],
    });
    expect(report.errors).toEqual([]);
    expect(report.imported.map((document) => [document.file, document.spans])).toEqual([["harbour.txt", 4], ["gent.txt", 3]]);
    expect(report.annotations).toEqual({ spans: 7, relations: 0, documentLabels: 0 });
    expect(report.created.entityTypes).toEqual(["ORG", "PER", "LOC", "MISC"]);
    expect(await typeKeys(projectId)).toEqual([{ key: "ORG", hotkey: "o" }, { key: "PER", hotkey: "p" }, { key: "LOC", hotkey: "l" }, { key: "MISC", hotkey: "m" }]);

    const harbour = report.imported[0]!;
    const [stored] = await db.select().from(documents).where(eq(documents.id, harbour.id));
    if (!stored) throw new Error("the harbour document was not stored");
    const spans = await db.select().from(annotations).where(eq(annotations.documentId, harbour.id)).orderBy(asc(annotations.id));
    expect(spans.map((span) => span.quote)).toEqual(["Marta Solé", "Tarragona", "Autoridad Portuaria", "Mundial"]);
    for (const span of spans) {
      expect(codePointSlice(stored.text, span.start, span.end)).toBe(span.quote);
      expect(span).toMatchObject({ set: "preannotation", origin: "import", authorId: manager.id, layer: "entity" });
    }
    // Pre-annotations are nobody's own work: the annotator's set stays empty and unassigned.
    expect(await db.select().from(assignments).where(eq(assignments.documentId, harbour.id))).toEqual([]);
    const audit = (await db.select().from(events).where(eq(events.action, "document.import")).orderBy(asc(events.id))).at(-1)!;
    expect(audit.after).toMatchObject({ count: 2, annotations: { spans: 7 }, set: "preannotation" });
  });

  it("brings a brat zip into an annotator's set, with an assignment in progress, and reuses existing types", async () => {
    const zip = zipSync({ "sample/annotation.conf": strToU8(conf), "sample/esp/a.txt": strToU8(`${harbourText}Otra línea.\n`), "sample/esp/a.ann": strToU8(harbourAnn) });
    const report = await importDocuments({ caller: manager, projectId, files: [file("sample.zip", zip)], annotationsAs: { as: "annotator", annotatorId: annotator.id } });
    expect(report.errors).toEqual([]);
    expect(report.imported).toEqual([expect.objectContaining({ file: "sample.zip/sample/esp/a.txt", spans: 4 })]);
    expect(report.created.entityTypes).toEqual([]);
    const documentId = report.imported[0]!.id;
    expect((await db.select().from(assignments).where(eq(assignments.documentId, documentId)))[0]).toMatchObject({ userId: annotator.id, status: "in_progress", assignedBy: manager.id });
    const own = await listAnnotations({ caller: annotator, documentId });
    expect(own.spans.map((span) => [span.quote, span.origin])).toEqual([["Marta Solé", "import"], ["Tarragona", "import"], ["Autoridad Portuaria", "import"], ["Mundial", "import"]]);
  });

  it("refuses an annotator who is not one of the project's annotators", async () => {
    const outsider = await insertTestUser(db);
    await expect(importDocuments({ caller: manager, projectId, files: [file("x.txt", "Text")], annotationsAs: { as: "annotator", annotatorId: outsider.id } })).rejects.toThrow(/not an annotator/);
  });

  it("imports nothing from a file whose span text does not match, while other files import", async () => {
    const { id } = await freshProject("Mismatch");
    const badAnn = harbourAnn.replace("T2\tLOC 18 27", "T2\tLOC 19 28");
    const report = await importDocuments({
      caller: manager,
      projectId: id,
      files: [file("bad.txt", harbourText), file("bad.ann", badAnn), file("gent.txt", dutchText), file("gent.ann", dutchAnn), file("tasks.json", "[{\"nope\": 1}]")],
    });
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "bad.ann", code: "quote_mismatch", line: 2 }),
      expect.objectContaining({ file: "tasks.json", code: "unrecognized_format" }),
    ]);
    expect(report.imported.map((document) => document.file)).toEqual(["gent.txt"]);
    expect(await db.select().from(documents).where(eq(documents.projectId, id))).toHaveLength(1);
    // Types come only from what was stored: the bad file's MISC is not created.
    expect((await typeKeys(id)).map((type) => type.key)).toEqual(["PER", "LOC", "ORG"]);
  });

  it("maps Label Studio claims, stances, claimants and relations, creating what the project lacks", async () => {
    const { id } = await freshProject("Label Studio");
    const text = "Mayor Lind said the bridge will reopen in May, Ruiz agreed.";
    const region = (rid: string, start: number, end: number, label: string) => ({ id: rid, type: "labels", from_name: "label", to_name: "text", value: { start, end, text: text.slice(start, end), labels: [label] } });
    const tasks = [{
      id: 9,
      data: { text },
      annotations: [{ result: [
        region("p", 6, 10, "Person"), region("c", 16, 45, "Claim"), region("q", 47, 51, "Person"),
        { id: "c", type: "choices", from_name: "stance", to_name: "text", value: { start: 16, end: 45, choices: ["hopeful"] } },
        { type: "relation", from_id: "c", to_id: "p", labels: ["Claimant"] },
        { type: "relation", from_id: "q", to_id: "c", labels: ["agrees with"] },
      ] }],
    }];
    const report = await importDocuments({ caller: manager, projectId: id, files: [file("tasks.json", JSON.stringify(tasks))] });
    expect(report.errors).toEqual([]);
    expect(report.created).toMatchObject({ entityTypes: ["Person"], stanceLabels: ["hopeful"], relationTypes: ["agrees_with"] });
    const spans = await db.select().from(annotations).where(eq(annotations.projectId, id));
    const claim = spans.find((span) => span.layer === "claim")!;
    const lind = spans.find((span) => span.quote === "Lind")!;
    expect(claim).toMatchObject({ quote: "the bridge will reopen in May", stance: "hopeful", claimantMentionId: lind.id, claimId: null });
    expect(await db.select().from(relations).where(eq(relations.projectId, id))).toEqual([expect.objectContaining({ fromId: spans.find((s) => s.quote === "Ruiz")!.id, toId: claim.id })]);
  });

  it("rebuilds the same annotations when a project's JSONL export is imported into a new project", async () => {
    const source = await setUpExportProject(db);
    const jsonl = await runExport(source.reviewer, source.projectId, { set: "gold" });
    const target = await freshProject("Round trip");
    const report = await importDocuments({ caller: manager, projectId: target.id, files: [file("export.jsonl", jsonl)], annotationsAs: { as: "annotator", annotatorId: target.annotator.id } });
    expect(report.errors).toEqual([]);
    expect(report.created).toMatchObject({ entityTypes: ["PER"], relationTypes: ["said_by"], claims: 1, entities: 1 });
    // The annotator submits what was imported, so that an export of annotators' work holds it.
    await db.update(assignments).set({ status: "submitted" }).where(eq(assignments.userId, target.annotator.id));
    const again = await runExport(manager, target.id, { set: "annotators" });
    expect(comparable(jsonl).map((document) => [document.spans.length, document.relations.length, document.documentLabels.length])).toEqual([[2, 1, 1], [0, 0, 0]]);
    expect(comparable(again)).toEqual(comparable(jsonl));
    expect(await db.select().from(claims).where(and(eq(claims.projectId, target.id)))).toHaveLength(1);
  });
});

async function runExport(caller: Caller, id: number, filters: ExportFilters): Promise<string> {
  const { chunks } = await exportProject({ caller, projectId: id, format: "jsonl", filters });
  return new Response(exportToReadableStream(chunks)).text();
}

/** A JSONL export without what differs by design between projects: ids, and who holds the set. */
function comparable(jsonl: string) {
  return jsonl.trim().split("\n").map((line) => {
    const document = JSON.parse(line) as ExportDocument;
    const quoteOf = (spanId: number | null) => document.spans.find((span) => span.id === spanId)?.quote ?? null;
    return {
      title: document.title,
      text: document.text,
      language: document.language,
      publishedAt: document.publishedAt,
      metadata: document.metadata,
      spans: document.spans.map(({ id: _id, set: _set, annotator: _annotator, entity, claim, claimant, claimantMentionId, sourceAnnotationIds: _source, ...span }) => ({
        ...span,
        entity: entity && { name: entity.name, externalId: entity.externalId },
        claim: claim?.statement ?? null,
        claimant: claimant?.name ?? null,
        claimantMention: quoteOf(claimantMentionId),
      })),
      relations: document.relations.map((relation) => [relation.type, quoteOf(relation.fromId), quoteOf(relation.toId)]),
      documentLabels: document.documentLabels.map((label) => [label.claimStatement, label.stance]),
    };
  });
}
