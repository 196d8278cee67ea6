import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function AppHeader({ name, email, isAdmin }: { name: string; email: string; isAdmin: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-7xl items-center gap-6 px-4">
        <Link href="/projects" className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-indigo-600 text-sm text-white">
            C
          </span>
          Claimdesk
        </Link>
        <Link href="/projects" className="text-sm text-slate-600 hover:text-slate-900">
          Projects
        </Link>
        {isAdmin && (
          <Link href="/admin/users" className="text-sm text-slate-600 hover:text-slate-900">
            Users
          </Link>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          <Link href="/profile" className="text-slate-600 hover:text-slate-900" title={`${email}: profile and API tokens`}>
            {name}
          </Link>
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}
