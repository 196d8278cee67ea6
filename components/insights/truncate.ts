/** A label cut to `max` characters (code points, so no emoji is split), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, Math.max(1, max - 1)).join("")}…`;
}
