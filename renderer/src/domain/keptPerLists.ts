/**
 * A value worked out from some of a review snapshot's lists, kept while those lists are
 * the same. A snapshot keeps a list's identity until a write changes it, so identity says
 * whether the value is still right. The first list keys a WeakMap, so nothing outlives the
 * snapshot (the app forgets snapshots on lock); one value is kept per first list.
 */
export type Lists = readonly [object, ...unknown[]];

export class KeptPerLists<T> {
  readonly #kept = new WeakMap<object, { lists: Lists; value: T }>();

  /** The value kept for exactly these lists, if any. */
  get(lists: Lists): T | undefined {
    const entry = this.#kept.get(lists[0]);
    return entry && entry.lists.length === lists.length && entry.lists.every((list, i) => list === lists[i]) ? entry.value : undefined;
  }

  /** The value kept for these lists, or `make()` kept for them from now on. */
  getOrMake(lists: Lists, make: () => T): T {
    const known = this.get(lists);
    if (known !== undefined) return known;
    const value = make();
    this.#kept.set(lists[0], { lists, value });
    return value;
  }
}
