import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocumentHeader } from "@/components/documents/document-header";
import { DocumentText } from "@/components/documents/document-text";
import { getDocument } from "@/lib/server/documents/get-document";
import { getProject } from "@/lib/server/projects/get-project";
import type { DocumentView } from "@/lib/server/documents/document-view";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { parseMarkParam } from "./mark-param";

interface Props {
  params: Promise<{ projectId: string; documentId: string }>;
  searchParams: Promise<{ mark?: string | string[] }>;
}

async function loadDocument({ params }: Props): Promise<DocumentView & { canReview: boolean }> {
  const caller = await requirePageCaller();
  const { projectId, documentId } = await params;
  const document = await orNotFound(() => getDocument({ caller, documentId: parseId(documentId, "Document") }));
  // A document is only found under its own project's path.
  if (String(document.projectId) !== projectId) notFound();
  const { roles } = await getProject({ caller, projectId: document.projectId });
  return { ...document, canReview: roles.includes("reviewer") || roles.includes("manager") };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await loadDocument(props)).title };
}

export default async function DocumentPage(props: Props) {
  const document = await loadDocument(props);
  const mark = parseMarkParam((await props.searchParams).mark);
  return (
    <article className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <DocumentHeader projectId={document.projectId} document={document} canReview={document.canReview} />
      <DocumentText text={document.text} language={document.language} mark={mark} />
    </article>
  );
}
