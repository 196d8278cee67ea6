"use client";

import { createContext, useContext } from "react";
import type { WorkspaceActions } from "./use-workspace-actions";
import type { WorkspaceModel } from "./use-workspace-model";

export interface WorkspaceContextValue {
  model: WorkspaceModel;
  actions: WorkspaceActions;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** The workspace's state and actions, for the panel, header and dialogs. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("useWorkspace is used outside the workspace");
  return value;
}
