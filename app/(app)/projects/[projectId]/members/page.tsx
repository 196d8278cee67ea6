import type { Metadata } from "next";
import { AddMemberForm } from "@/components/members/add-member-form";
import { MembersTable } from "@/components/members/members-table";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { listMembers } from "@/lib/server/members/list-members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  const { projectId, members } = await orNotFound(async () => {
    const id = parseId(rawProjectId, "Project");
    return { projectId: id, members: await listMembers({ caller, projectId: id }) };
  });
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">Members</h2>
        <p className="mt-1 text-sm text-slate-600">
          Managers edit the project; reviewers adjudicate submitted work; annotators annotate. A project keeps at least one
          manager.
        </p>
      </div>
      <MembersTable projectId={projectId} members={members} callerId={caller.id} />
      <AddMemberForm projectId={projectId} />
    </div>
  );
}
