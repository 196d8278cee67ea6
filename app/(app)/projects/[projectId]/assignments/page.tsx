import type { Metadata } from "next";
import { AssignmentsTable } from "@/components/assignments/assignments-table";
import { listAssignments } from "@/lib/server/assignments/list-assignments";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { listMembers } from "@/lib/server/members/list-members";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const projectId = parseId((await params).projectId, "Project");
  const { documents } = await orNotFound(() => listAssignments({ caller, projectId }));
  const annotators = (await orNotFound(() => listMembers({ caller, projectId })))
    .filter((member) => member.roles.includes("annotator"))
    .map((member) => ({ id: member.userId, name: member.name }));
  return (
    <div className="mx-auto max-w-7xl space-y-4 px-4 py-8">
      <div>
        <h2 className="text-lg font-semibold">Assignments</h2>
        <p className="text-sm text-slate-600">
          Who has which document. Annotators also take documents from their queue; assign by hand here.
        </p>
      </div>
      <AssignmentsTable projectId={projectId} documents={documents} annotators={annotators} />
    </div>
  );
}
