// Binary searches over spans sorted by offset (tokens, sentences, mentions: the stand-off layers are
// in text order), shared by every annotator that maps a character offset to a position in a layer.

interface Sorted {
  readonly start: number;
  readonly end: number;
}

/** Index of the first span ending after `offset` (the span holding it, else the next); length if none. */
export function firstEndingAfter(spans: readonly Sorted[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span starting at or after `offset`; length if none. */
export function firstStartingFrom(spans: readonly Sorted[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
