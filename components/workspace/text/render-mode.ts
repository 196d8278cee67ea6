/**
 * How marks are drawn; in both, paragraphs off-screen skip layout and paint (content-visibility).
 * "highlights": every paragraph stays one text node and marks are CSS Custom Highlights over
 * Ranges. "segments": marks are inline elements between mark boundaries. bench/workspace.bench.ts
 * measures both (?render=…). They open and scroll alike; segments repaints after a key a few ms
 * sooner but holds 15 times the DOM nodes, and re-rendering a paragraph replaces the text nodes a
 * selection being made sits in. Highlights never touch the text, so they are the default.
 */
export const renderModes = ["highlights", "segments"] as const;
export type RenderMode = (typeof renderModes)[number];

export const defaultRenderMode: RenderMode = "highlights";
