import type { DocumentMeta } from "@/lib/client/workspace/api-types";
import { DocumentFacts } from "@/components/documents/document-facts";
import { readingFont } from "./reading-font";

export function DocumentHeading({ document }: { document: DocumentMeta }) {
  return (
    <header className="mb-8 space-y-3 border-b border-slate-100 pb-6">
      <h1 id="document-title" dir="auto" className={`${readingFont} text-[1.75rem] font-semibold leading-tight tracking-tight text-slate-900`}>
        {document.title}
      </h1>
      <DocumentFacts publishedAt={document.publishedAt} language={document.language} sourceUrl={document.sourceUrl} />
    </header>
  );
}
