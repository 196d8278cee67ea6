/** Every new project starts with these stances; managers may rename or extend them. */
export const defaultStanceLabels = [
  { key: "favor", name: "Favor", color: "#16a34a", hotkey: "f" },
  { key: "against", name: "Against", color: "#dc2626", hotkey: "a" },
  { key: "neutral", name: "Neutral", color: "#64748b", hotkey: "n" },
  { key: "unclear", name: "Unclear", color: "#d97706", hotkey: "u" },
] as const;
