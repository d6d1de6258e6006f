/**
 * Binary search: the first index in [low, high) at which `before` is false, or `high`. `before`
 * must be true for a run of indexes and then false for the rest, as "sorts before the key" is
 * along a sorted array.
 */
export function lowerBound(low: number, high: number, before: (index: number) => boolean): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
