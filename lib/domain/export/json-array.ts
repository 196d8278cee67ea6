/**
 * A JSON array written one element at a time, for exports whose format is a single array
 * (Label Studio): `[` before the first element, `,` between elements, `]` at the end.
 */
export function jsonArrayElement(value: unknown, index: number): string {
  return `${index === 0 ? "[\n" : ",\n"}${JSON.stringify(value)}`;
}

/** Closes an array after `count` elements; an empty export is still `[]`. */
export function jsonArrayEnd(count: number): string {
  return count === 0 ? "[]\n" : "\n]\n";
}
