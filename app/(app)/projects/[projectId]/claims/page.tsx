import type { Metadata } from "next";
import { listClaimsQuery } from "@/app/api/projects/[projectId]/claims/claims.types";
import { AddClaimForm } from "@/components/catalog/add-claim-form";
import { CatalogSearchForm } from "@/components/catalog/catalog-search-form";
import { ClaimRow } from "@/components/catalog/claim-row";
import { listClaims } from "@/lib/server/catalog/list-claims";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getProject } from "@/lib/server/projects/get-project";

export const metadata: Metadata = { title: "Claims" };

const statusOptions = [
  { value: "", label: "Any status" },
  { value: "approved", label: "Approved" },
  { value: "proposed", label: "Proposed" },
];

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  // A malformed filter in the URL shows the whole catalog rather than an error page.
  const filters = listClaimsQuery.safeParse(await searchParams).data ?? {};
  const [project, claims] = await orNotFound(() => {
    const projectId = parseId(rawProjectId, "Project");
    return Promise.all([
      getProject({ caller, projectId }),
      listClaims({ caller, projectId, query: filters.q, status: filters.status }),
    ]);
  });
  const canManage = project.roles.includes("manager");
  const canPropose = !canManage && project.settings.allowProposedClaims;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">Claim catalog</h2>
        <p className="mt-1 text-sm text-slate-600">
          The canonical claims that claim spans link to.
          {canManage && " Proposed claims are highlighted until you approve or delete them."}
        </p>
      </div>
      <CatalogSearchForm action={`/projects/${project.id}/claims`} label="Search claims" query={filters.q ?? ""}
        statusFilter={{ value: filters.status ?? "", options: statusOptions }} />
      {(canManage || canPropose) && <AddClaimForm projectId={project.id} proposes={!canManage} />}
      <section aria-label="Claims" className="space-y-3">
        <p className="text-sm text-slate-600">
          {claims.length} {claims.length === 1 ? "claim" : "claims"}
        </p>
        {claims.length > 0 && (
          <ul className="space-y-3">
            {claims.map((claim) => (
              <ClaimRow key={claim.id} projectId={project.id} claim={claim} canManage={canManage} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
