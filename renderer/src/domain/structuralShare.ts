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
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function ownKeyCount(object: Plain): number {
  let count = 0;
  for (const key in object) if (hasOwn(object, key)) count += 1;
  return count;
}

// Both passes below allocate nothing until they meet a difference: most of a re-read is
// unchanged, and a pass over an L review must stay well inside a frame's worth of time.

/**
 * Arrays of rows (every element has a string `id`) are matched by id, so deleting or
 * moving one row leaves the others shared; any other array is matched by position.
 */
function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  const keyed = next.length > 0 && next.every(hasId);
  let byId: Map<string, unknown> | undefined;
  const before = (index: number): unknown => {
    const candidate = previous[index];
    if (!keyed) return candidate;
    const id = (next[index] as { id: string }).id;
    if (hasId(candidate) && candidate.id === id) return candidate;
    if (!byId) {
      byId = new Map();
      for (const row of previous) if (hasId(row)) byId.set(row.id, row);
    }
    return byId.get(id);
  };
  let out: unknown[] | undefined;
  let sameNext = true;
  for (let index = 0; index < next.length; index++) {
    const shared = shareStructure(before(index), next[index]);
    if (shared !== next[index]) sameNext = false;
    if (!out && shared !== previous[index]) out = previous.slice(0, index);
    if (out) out.push(shared);
  }
  if (!out && previous.length === next.length) return previous;
  if (sameNext) return next;
  return out ?? previous.slice(0, next.length);
}

function shareObject(previous: Plain, next: Plain): Plain {
  const keys = Object.keys(next);
  // A "__proto__" key cannot be copied onto a literal safely; such an object is kept whole.
  if (keys.includes('__proto__')) return next;
  let out: Plain | undefined;
  let sameNext = true;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    // Own keys only: an inherited "constructor" or "toString" is not a previous value.
    const own = hasOwn(previous, key);
    const before = own ? previous[key] : undefined;
    const shared = shareStructure(before, next[key]);
    if (shared !== next[key]) sameNext = false;
    if (!out && (shared !== before || !own)) {
      out = {};
      for (const earlier of keys.slice(0, index)) out[earlier] = previous[earlier];
    }
    if (out) out[key] = shared;
  }
  if (!out && ownKeyCount(previous) === keys.length) return previous;
  if (sameNext) return next;
  if (!out) {
    out = {};
    for (const key of keys) out[key] = previous[key];
  }
  return out;
}

/** `next`, with every part equal in value to `previous`'s replaced by the previous object. */
export function shareStructure<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (isPlainObject(previous) && isPlainObject(next)) return shareObject(previous, next) as T;
  return next;
}
