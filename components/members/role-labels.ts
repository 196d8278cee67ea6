import type { ProjectRole } from "@/db/schema";

/** Project roles in display order, with what people call them. */
export const roleLabels: { role: ProjectRole; label: string }[] = [
  { role: "manager", label: "Manager" },
  { role: "reviewer", label: "Reviewer" },
  { role: "annotator", label: "Annotator" },
];
