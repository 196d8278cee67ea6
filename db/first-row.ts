/** The one row a write with `returning()` (or a look-up sure to match) gives back. */
export function firstRow<T>(rows: T[], what = "row"): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`Expected a ${what}, got none`);
  return row;
}
