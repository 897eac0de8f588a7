// A stable sort for the coder's short lists (a sentence's matches, a token's mentions): in place, by
// insertion, with no work array. Array.prototype.sort is stable too, so both give the same order;
// it copies the list first, which for lists of a few items costs more than the sorting.

/** Longer lists go to Array.prototype.sort. */
const SHORT = 24;

/**
 * Sorts `list` in place, stably. `nearlySorted`: the list is in order but for a few items, so
 * insertion is quick whatever its length.
 */
export function sortStable<T>(list: T[], cmp: (a: T, b: T) => number, nearlySorted = false): T[] {
  if (list.length > SHORT && !nearlySorted) return list.sort(cmp);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    while (j >= 0 && cmp(list[j], x) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = x;
  }
  return list;
}
