import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/layout/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Claim-and-stance annotation of news articles",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so that Next can give its scripts the nonce of the request's
  // Content-Security-Policy (proxy.ts); a page prerendered at build time would have none.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
