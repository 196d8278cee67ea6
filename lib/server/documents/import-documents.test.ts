import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { documents, documentSources, events, memberships } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { createProject } from "@/lib/server/projects/create-project";
import { importDocuments } from "./import-documents";

const encode = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: encode(text) });

const germanText = "Berlin verschärft die Sanktionen\n\nDie Regierung erklärte am Montag, die Sanktionen würden verlängert. 🇩🇪";
const htmlPage = `<!DOCTYPE html><html><head><title>Astana talks</title><script>var ad = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Astana hosts energy talks</h1>
<p>Ministers met in Astana on Tuesday to discuss new pipeline routes across the region.</p>
<p>Officials said the agreement could be signed before the end of the year.</p></article>
<footer>© Daily News</footer></body></html>`;
const jsonl = [
  JSON.stringify({ title: "Tokayev visits Beijing", text: "Tokayev met officials in Beijing to discuss trade.", language: "en" }),
  JSON.stringify({ title: "哈萨克斯坦", text: "哈萨克斯坦总统托卡耶夫表示支持对话。", language: "zh" }),
].join("\n");
const csv = 'title,text,language\n"Rząd ogłasza","Rząd ogłosił nowe sankcje wobec importu.",pl\n"Warsaw talks","Talks in Warsaw ended without an agreement.",en\n';

let db: Db;
let manager: Caller;
let projectId: number;

beforeAll(async () => {
  // Small, so that the too-large case needs no 20 MB buffer.
  process.env.CLAIMDESK_MAX_UPLOAD_MB = "1";
  db = await useTestDatabase();
  manager = await insertTestUser(db, { isAdmin: true });
  projectId = (await createProject({ caller: manager, name: "Import" })).id;
});

describe("importDocuments", () => {
  it("imports plain text, HTML, JSONL and CSV, keeping sources and one audit event per file", async () => {
    const report = await importDocuments({
      caller: manager,
      projectId,
      files: [file("berlin.txt", germanText), file("astana.html", htmlPage), file("news.jsonl", jsonl), file("news.csv", csv)],
    });
    expect(report.errors).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.imported.map((d) => d.file)).toEqual(["berlin.txt", "astana.html", "news.jsonl", "news.jsonl", "news.csv", "news.csv"]);

    const german = report.imported[0]!;
    const [stored] = await db.select().from(documents).where(eq(documents.id, german.id));
    if (!stored) throw new Error("the German document was not stored");
    expect(stored.title).toBe("Berlin verschärft die Sanktionen");
    // Code points, not UTF-16 units: the flag is two code points but four units.
    expect(stored.chars).toBe([...stored.text].length);
    expect(german.chars).toBe(stored.chars);
    // A text stored as it came is its own source; no second copy.
    expect((await db.select().from(documentSources).where(eq(documentSources.documentId, german.id)))[0]).toMatchObject({ format: "text", raw: null });

    const [html] = await db.select().from(documents).where(eq(documents.id, report.imported[1]!.id));
    if (!html) throw new Error("the HTML document was not stored");
    expect(html.text).toContain("Ministers met in Astana");
    expect(html.text).not.toContain("var ad");
    const [source] = await db.select().from(documentSources).where(eq(documentSources.documentId, html.id));
    expect(source).toMatchObject({ format: "html", fileName: "astana.html", raw: htmlPage });

    const chinese = report.imported.find((d) => d.title === "哈萨克斯坦")!;
    expect(chinese.language).toBe("zh");
    const audit = await db.select().from(events).where(eq(events.action, "document.import"));
    expect(audit.map((e) => e.after)).toEqual([
      {
        files: [
          { file: "berlin.txt", count: 1 },
          { file: "astana.html", count: 1 },
          { file: "news.jsonl", count: 2 },
          { file: "news.csv", count: 2 },
        ],
        count: 6,
      },
    ]);
  });

  it("reports texts seen earlier in the request or already in the project as duplicates", async () => {
    const text = "Grenze bleibt offen\n\nDie Grenze zu Kasachstan bleibt für den Handel offen.";
    const first = await importDocuments({ caller: manager, projectId, files: [file("a.txt", text), file("b.txt", text)] });
    expect(first.imported).toHaveLength(1);
    const originalId = first.imported[0]!.id;
    expect(first.duplicates).toEqual([{ file: "b.txt", duplicateOf: originalId }]);

    const again = await importDocuments({ caller: manager, projectId, files: [file("c.txt", text)] });
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([{ file: "c.txt", duplicateOf: originalId }]);
    expect(await db.select().from(documents).where(eq(documents.contentHash, await storedHash(originalId)))).toHaveLength(1);
  });

  it("imports nothing from a bad file while the other files of the call import", async () => {
    const brokenJsonl = [
      JSON.stringify({ title: "Fine", text: "A fine first line of JSON Lines." }),
      "{not json",
      JSON.stringify({ title: "Also fine", text: "A fine third line." }),
    ].join("\n");
    const report = await importDocuments({
      caller: manager,
      projectId,
      files: [
        file("empty.txt", ""),
        { name: "binary.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) },
        { name: "latin1.txt", bytes: new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a]) },
        file("broken.jsonl", brokenJsonl),
        file("report.pdf", "Some text"),
        { name: "huge.txt", bytes: encode("x".repeat(1024 * 1024 + 1)) },
        file("good.txt", "Energy deal signed\n\nThe energy deal was signed in Astana on Friday."),
      ],
    });
    expect(report.imported.map((d) => d.file)).toEqual(["good.txt"]);
    expect(report.errors.map((e) => [e.file, e.code])).toEqual([
      ["empty.txt", "empty_file"],
      ["binary.txt", "binary_file"],
      ["latin1.txt", "invalid_encoding"],
      ["broken.jsonl", "invalid_json"],
      ["report.pdf", "unsupported_extension"],
      ["huge.txt", "file_too_large"],
    ]);
    expect(report.errors.find((e) => e.file === "broken.jsonl")).toMatchObject({ line: 2 });
    for (const error of report.errors) expect(error.message.length).toBeGreaterThan(0);
    const titles = (await db.select({ title: documents.title }).from(documents)).map((d) => d.title);
    expect(titles).not.toContain("Fine");
  });

  it("validates JSON documents one by one, naming them by index", async () => {
    const report = await importDocuments({
      caller: manager,
      projectId,
      documents: [
        { title: "Pipeline", text: "The pipeline will carry gas to the border.", language: "en" },
        { title: 5, text: "A title must be a string." },
        { title: "Zusammenarbeit", text: "Die Zusammenarbeit wird ausgebaut.", language: "de" },
      ],
    });
    expect(report.imported.map((d) => d.file)).toEqual(["documents[0]", "documents[2]"]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: "documents[1]" });
  });

  it("stores each document's site for the Insights, and \"(no source)\" for a document without one", async () => {
    const report = await importDocuments({
      caller: manager,
      projectId,
      documents: [
        { title: "Site", text: "Der Handel mit Dual-Use-Gütern wächst.", sourceUrl: "https://WWW.Kurier-Ost.example:8443/wirtschaft/1?x=2" },
        { title: "No site", text: "Kein Link zu diesem Artikel." },
      ],
    });
    const sites = await db
      .select({ site: documents.sourceSite })
      .from(documents)
      .where(inArray(documents.id, report.imported.map((d) => d.id)))
      .orderBy(documents.id);
    expect(sites.map((row) => row.site)).toEqual(["kurier-ost.example", "(no source)"]);
  });

  it("lets only managers import", async () => {
    const annotator = await insertTestUser(db);
    const reviewer = await insertTestUser(db);
    const outsider = await insertTestUser(db);
    await db.insert(memberships).values([
      { projectId, userId: annotator.id, role: "annotator" },
      { projectId, userId: reviewer.id, role: "reviewer" },
    ]);
    const files = [file("x.txt", "Forbidden\n\nThis must not be stored.")];
    await expect(importDocuments({ caller: annotator, projectId, files })).rejects.toThrowError(/manager role/);
    await expect(importDocuments({ caller: reviewer, projectId, files })).rejects.toThrowError(/manager role/);
    await expect(importDocuments({ caller: outsider, projectId, files })).rejects.toThrowError(/not found/);
  });
});

async function storedHash(documentId: number): Promise<string> {
  const [row] = await db.select({ hash: documents.contentHash }).from(documents).where(eq(documents.id, documentId));
  if (!row) throw new Error(`document ${documentId} is missing`);
  return row.hash;
}
