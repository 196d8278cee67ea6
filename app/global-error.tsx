"use client";

import { PageFailure } from "@/components/layout/page-failure";
import "./globals.css";

/** Replaces the root layout when that itself fails, so it brings its own document. */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <PageFailure {...props} />
      </body>
    </html>
  );
}
