import type { Metadata } from "next";
import { ApiTokenManager } from "@/components/tokens/api-token-manager";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { requirePageCaller } from "@/lib/server/http/page-guard";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const caller = await requirePageCaller();
  const tokens = await listApiTokens({ caller });
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <section aria-labelledby="profile-heading" className="space-y-1">
        <h1 id="profile-heading" className="text-xl font-semibold tracking-tight">Profile</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Name</dt>
          <dd>{caller.name}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd>{caller.email}</dd>
        </dl>
      </section>
      <ApiTokenManager initialTokens={tokens} />
    </div>
  );
}
