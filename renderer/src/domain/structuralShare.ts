/**
 * Structural sharing for live reads. A live query re-reads whole rows after every save,
 * so every row arrives as a new object even when nothing in it changed, and `memo`'d
 * components re-render anyway. `shareStructure(previous, next)` returns `next` with every
 * part whose value equals the same part of `previous` replaced by that previous object:
 * unchanged rows keep their identity, changed rows are new, deleted rows are gone, and
 * the order is `next`'s. When nothing changed at all it returns `previous` itself, so a
 * hook handing it to React causes no render.
 *
 * It compares values, never relies on identity from the database: rows may be decrypted
 * or cloned on every read. Plain data only (what IndexedDB and JSON hold); anything else
 * (a Date, a Map) is taken from `next` as it is. Treat the result as read-only: its parts
 * are shared with earlier results.
 */

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const hasId = (value: unknown): value is { id: string } => isPlainObject(value) && typeof value.id === 'string';

/**
 * Arrays of rows (every element has a string `id`) are matched by id, so deleting or
 * moving one row leaves the others shared; any other array is matched by position.
 */
function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  let byId: Map<string, unknown> | undefined;
  if (next.length > 0 && next.every(hasId)) {
    byId = new Map();
    for (const row of previous) if (hasId(row)) byId.set(row.id, row);
  }
  let samePrevious = previous.length === next.length;
  let sameNext = true;
  const out = next.map((item, index) => {
    const before = byId ? byId.get((item as { id: string }).id) : previous[index];
    const shared = shareStructure(before, item);
    if (shared !== previous[index]) samePrevious = false;
    if (shared !== item) sameNext = false;
    return shared;
  });
  if (samePrevious) return previous;
  return sameNext ? next : out;
}

const hasOwn = (object: Plain, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function shareObject(previous: Plain, next: Plain): Plain {
  const keys = Object.keys(next);
  // A "__proto__" key cannot be copied onto a literal safely; such an object is kept whole.
  if (keys.includes('__proto__')) return next;
  let samePrevious = keys.length === Object.keys(previous).length;
  let sameNext = true;
  const out: Plain = {};
  for (const key of keys) {
    const before = hasOwn(previous, key) ? previous[key] : undefined;
    const shared = shareStructure(before, next[key]);
    if (shared !== before || !hasOwn(previous, key)) samePrevious = false;
    if (shared !== next[key]) sameNext = false;
    out[key] = shared;
  }
  if (samePrevious) return previous;
  return sameNext ? next : out;
}

/** `next`, with every part equal in value to `previous`'s replaced by the previous object. */
export function shareStructure<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (isPlainObject(previous) && isPlainObject(next)) return shareObject(previous, next) as T;
  return next;
}
