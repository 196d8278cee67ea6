import { MemberRow } from "./member-row";
import type { MemberView } from "@/lib/server/members/member-view";
import { roleLabels } from "./role-labels";

export function MembersTable({ projectId, members, callerId }: { projectId: number; members: MemberView[]; callerId: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Project members and their roles</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Member</th>
            {roleLabels.map(({ role, label }) => (
              <th key={role} scope="col" className="px-4 py-2 text-center font-medium">{label}</th>
            ))}
            <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <MemberRow key={member.userId} projectId={projectId} member={member} isSelf={member.userId === callerId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
