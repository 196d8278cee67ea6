"use client";

import { PageFailure } from "@/components/layout/page-failure";

export default function AppError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageFailure {...props} />;
}
