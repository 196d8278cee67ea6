/**
 * How marks are drawn; in both, paragraphs off-screen skip layout and paint (content-visibility).
 * "highlights": every paragraph stays one text node and marks are CSS Custom Highlights over
 * Ranges, registered only near the view. "segments": marks are inline elements between mark
 * boundaries. bench/workspace.bench.ts measures both (?render=…) on 100,000 characters and 2,000
 * spans: highlights open faster (p50 about 700 ms against 950) with a fifteenth of the DOM nodes and
 * less heap; segments paint a new mark a few ms sooner (p50 about 20–25 ms against 25–30) and
 * scroll with fewer slow frames, as Chromium repaints all highlighted text on any change. Both
 * stay near the 50 ms key budget at p95 on a loaded 2-core machine. Re-rendering a paragraph of
 * segments also replaces the text nodes a selection being made sits in, and highlights never
 * touch the text, so they are the default.
 */
export const renderModes = ["highlights", "segments"] as const;
export type RenderMode = (typeof renderModes)[number];

export const defaultRenderMode: RenderMode = "highlights";
