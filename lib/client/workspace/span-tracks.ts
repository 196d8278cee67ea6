/** An interval to place on a track: half-open, in code points. */
export interface Interval {
  id: number;
  start: number;
  end: number;
}

/**
 * Gives every interval the lowest track no overlapping interval uses, shorter intervals
 * first: nested spans stack outwards (inner underline closest to the text), so every span of
 * a nest stays visible. Tracks above `maxTrack` share the last one.
 */
export function assignTracks(intervals: readonly Interval[], maxTrack: number): Map<number, number> {
  const bySize = [...intervals].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const tracks = new Map<number, number>();
  // Placed intervals sorted by start. Each placed one is no longer than the current one, so
  // those that overlap [start, end) start within (start - length, end).
  const placed: { start: number; end: number; track: number }[] = [];
  for (const interval of bySize) {
    const length = interval.end - interval.start;
    const used = new Set<number>();
    for (let i = firstStartAbove(placed, interval.start - length); i < placed.length; i++) {
      const other = placed[i]!;
      if (other.start >= interval.end) break;
      if (other.end > interval.start && other.start < interval.end) used.add(other.track);
    }
    let track = 0;
    while (used.has(track)) track++;
    const capped = Math.min(track, maxTrack);
    tracks.set(interval.id, capped);
    placed.splice(firstStartAbove(placed, interval.start), 0, { start: interval.start, end: interval.end, track });
  }
  return tracks;
}

/** Index of the first placed interval whose start is greater than `value`. */
function firstStartAbove(placed: readonly { start: number }[], value: number): number {
  let low = 0;
  let high = placed.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (placed[mid]!.start > value) high = mid;
    else low = mid + 1;
  }
  return low;
}
