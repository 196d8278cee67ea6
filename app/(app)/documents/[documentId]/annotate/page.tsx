import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { type RenderMode, renderModes } from "@/components/workspace/text/render-mode";
import { Workspace } from "@/components/workspace/workspace";
import { workspaceKeys } from "@/lib/client/workspace/workspace-keys";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { getDocument } from "@/lib/server/documents/get-document";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getLabelSchema } from "@/lib/server/label-schema/get-label-schema";
import { getProject } from "@/lib/server/projects/get-project";
import { parseSpanParam } from "../span-param";

interface Props {
  params: Promise<{ documentId: string }>;
  searchParams: Promise<{ render?: string; span?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await requirePageCaller();
  const { documentId } = await params;
  const document = await orNotFound(() => getDocument({ caller, documentId: parseId(documentId, "Document") }));
  return { title: `Annotate: ${document.title}` };
}

/**
 * The annotator's workspace. The document, project and schema come with the page; so does the
 * first state of the annotations query, which saves a round trip before the marks can be drawn.
 * A link with `?span=…` opens with that span selected, if it is one of the caller's own.
 */
export default async function AnnotatePage({ params, searchParams }: Props) {
  const caller = await requirePageCaller();
  const { documentId } = await params;
  const { document, project, schema, annotations } = await orNotFound(async () => {
    const document = await getDocument({ caller, documentId: parseId(documentId, "Document") });
    const [project, schema, annotations] = await Promise.all([
      getProject({ caller, projectId: document.projectId }),
      getLabelSchema({ caller, projectId: document.projectId }),
      listAnnotations({ caller, documentId: document.id }),
    ]);
    return { document, project, schema, annotations };
  });
  const queryClient = new QueryClient();
  queryClient.setQueryData(workspaceKeys.annotations(document.id), annotations);
  // Both renderers stay selectable (?render=…) so that the bench can compare them.
  const { render, span } = await searchParams;
  const renderMode: RenderMode | undefined = renderModes.find((mode) => mode === render);
  const spanId = parseSpanParam(span);
  const initialSpanId = annotations.spans.some((s) => s.id === spanId) ? spanId : undefined;
  const { id, name, guidelines, settings, roles } = project;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Workspace
        key={document.id}
        document={document}
        project={{ id, name, guidelines, settings, roles }}
        schema={{ entityTypes: schema.entityTypes, stanceLabels: schema.stanceLabels }}
        renderMode={renderMode}
        initialSpanId={initialSpanId}
      />
    </HydrationBoundary>
  );
}
