/**
 * A disk that really fills up, for the tests of a full disk: a tmpfs of a few megabytes mounted on
 * a fresh temporary folder, resized while mounted to stand for space freed. Mounting needs root
 * (or CAP_SYS_ADMIN); elsewhere the run leaves those tests out and says why.
 */
import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findOnPath, isRoot } from "./postgres-cluster.js";

export type SmallDiskPlan = { kind: "tmpfs" } | { kind: "unavailable"; reason: string };

export interface SmallDisk {
  folder: string;
  /** Changes the disk's size in place; what is on it stays. */
  resize(bytes: number): void;
  /** Unmounts the disk and removes its folder. */
  remove(): void;
}

/** Whether this machine lets the run mount a tmpfs, tried once on a throwaway folder. */
export function planSmallDisk(): SmallDiskPlan {
  if (!isRoot()) return { kind: "unavailable", reason: "mounting a small tmpfs needs root" };
  if (!findOnPath("mount")) return { kind: "unavailable", reason: "there is no mount command" };
  try {
    mountSmallDisk(64 * 1024).remove();
    return { kind: "tmpfs" };
  } catch (error) {
    return { kind: "unavailable", reason: `mounting a tmpfs failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})` };
  }
}

/** The line a run prints when it leaves its full-disk tests out. */
export function smallDiskSkipNotice(reason: string): string {
  return `Full-disk tests on a real tmpfs skipped: ${reason} (the page-limit tests of a full disk ran)`;
}

/** A tmpfs of `bytes` on a new folder, owned by `owner` when given (a server running as another user). */
export function mountSmallDisk(bytes: number, owner?: { uid: number; gid: number }): SmallDisk {
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-small-disk-"));
  const ownership = owner ? `,uid=${owner.uid},gid=${owner.gid}` : "";
  const mount = (options: string) => execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder], { stdio: "pipe" });
  try {
    mount(`size=${bytes},mode=0700${ownership}`);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  let mounted = true;
  const remove = () => {
    process.removeListener("exit", remove);
    if (mounted) execFileSync("umount", ["-l", folder], { stdio: "pipe" });
    mounted = false;
    rmSync(folder, { recursive: true, force: true });
  };
  process.on("exit", remove);
  if (owner) chownSync(folder, owner.uid, owner.gid);
  return { folder, resize: (size) => mount(`remount,size=${size}`), remove };
}
