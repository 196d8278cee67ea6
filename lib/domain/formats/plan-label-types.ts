import { reservedHotkeys } from "@/lib/domain/project/label-schema-input";

export interface KnownLabel {
  key: string;
  name: string;
}

export interface NewColoredLabel {
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
}

/** Distinct, readable on white, and unlike the default stance colours. */
const PALETTE = ["#2563eb", "#9333ea", "#0891b2", "#db2777", "#65a30d", "#ea580c", "#4f46e5", "#0d9488", "#a16207", "#be123c", "#7c3aed", "#0369a1"];
/** The workspace binds these besides the reserved hotkeys (y and x accept or reject a suggestion). */
const WORKSPACE_KEYS = ["y", "x"];
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/** A label key Claimdesk accepts (a letter first, at most 32 letters, digits, "_" or "-"), made from a file's label. */
export function labelKeyFor(label: string): string {
  if (KEY_PATTERN.test(label)) return label;
  const cleaned = label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (cleaned === "") return "LABEL";
  const key = /^[A-Za-z]/.test(cleaned) ? cleaned : `L_${cleaned}`;
  return key.slice(0, 32).replace(/_+$/, "");
}

/** The project's label a file's label means: the same key or name, ignoring case. */
export function findLabel<T extends KnownLabel>(label: string, known: readonly T[]): T | undefined {
  const wanted = [label.toLowerCase(), labelKeyFor(label).toLowerCase()];
  return (
    known.find((item) => wanted.includes(item.key.toLowerCase())) ??
    known.find((item) => item.name.toLowerCase() === label.toLowerCase())
  );
}

/**
 * A new entity type (or stance) for a label the project lacks: a valid, unused key; the
 * label as its name; the first palette colour not in use; and as hotkey the first letter of
 * the key (then its other letters, then a digit) that no label and no workspace command uses.
 */
export function planColoredLabel(
  label: string,
  existing: readonly { key: string; color: string; hotkey: string | null }[],
): NewColoredLabel {
  const keys = new Set(existing.map((item) => item.key.toLowerCase()));
  const base = labelKeyFor(label);
  let key = base;
  for (let n = 2; keys.has(key.toLowerCase()); n++) key = `${base.slice(0, 30)}_${n}`;
  const colors = new Set(existing.map((item) => item.color.toLowerCase()));
  const color = PALETTE.find((candidate) => !colors.has(candidate)) ?? PALETTE[existing.length % PALETTE.length]!;
  const taken = new Set([
    ...existing.flatMap((item) => (item.hotkey ? [item.hotkey.toLowerCase()] : [])),
    ...reservedHotkeys.map((reserved) => reserved.key.toLowerCase()),
    ...WORKSPACE_KEYS,
  ]);
  const candidates = [...key.toLowerCase().replace(/[^a-z]/g, ""), ..."123456789"];
  const hotkey = candidates.find((candidate) => !taken.has(candidate)) ?? null;
  return { key, name: label.trim().slice(0, 100) || key, color, hotkey };
}
