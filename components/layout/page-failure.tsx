"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { PageNotice } from "./page-notice";

/**
 * What a page that failed to render shows: the failure's reference (the server logs it under the
 * same digest) and a retry, since most failures (the database restarting, a lost connection)
 * pass. Nothing of the error's own message: it may name internals.
 */
export function PageFailure({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // The failure happened on the server: render the page there again, then clear the boundary.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <PageNotice title="This page could not be shown">
      <p>The server could not answer just now. Your saved work is not affected.</p>
      <p>
        <button
          type="button"
          onClick={retry}
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-700"
        >
          Try again
        </button>
      </p>
      {error.digest && <p className="text-xs text-slate-500">Reference {error.digest}</p>}
    </PageNotice>
  );
}
