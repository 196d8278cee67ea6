import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCaller } from "@/lib/server/auth/caller";
import { listDemoAccounts } from "@/lib/server/auth/list-demo-accounts";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getCaller()) redirect("/projects");
  const { callbackUrl } = await searchParams;
  // Only same-site paths, so that the form cannot be used to redirect elsewhere.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/projects";
  const demoAccounts = await listDemoAccounts();
  return (
    <main className="grid min-h-screen place-items-center bg-gradient-to-b from-slate-50 to-indigo-50 p-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <span aria-hidden className="mx-auto mb-3 grid size-10 place-items-center rounded-lg bg-indigo-600 text-lg font-semibold text-white">
            C
          </span>
          <h1 className="text-2xl font-semibold tracking-tight">Sign in to Claimdesk</h1>
        </div>
        <SignInForm callbackUrl={target} />
        {demoAccounts.length > 0 && (
          <section aria-labelledby="demo-accounts" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <h2 id="demo-accounts" className="mb-2 font-medium">
              Demo accounts
            </h2>
            <p className="mb-2 text-slate-600">
              Password for all: <code className="rounded bg-slate-100 px-1">claimdesk-demo</code>
            </p>
            <ul className="space-y-1">
              {demoAccounts.map((account) => (
                <li key={account.email} className="flex justify-between gap-2">
                  <code>{account.email}</code>
                  <span className="text-slate-500">{account.label}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </main>
  );
}
