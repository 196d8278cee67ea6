import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { getCaller } from "@/lib/server/auth/caller";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const caller = await getCaller();
  if (!caller) redirect("/signin");
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader name={caller.name} email={caller.email} isAdmin={caller.isAdmin} />
      <main className="flex-1">{children}</main>
    </div>
  );
}
