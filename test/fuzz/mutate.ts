/**
 * A structure-aware mutator for JSON files, driven by fast-check so every failure comes
 * with a seed and a shrunk counterexample. It changes a valid file the ways hostile or
 * damaged files differ from ours: a value swapped for another type, a blank or huge
 * string, a negative or fractional number, an id pointing elsewhere, a key dropped or
 * added (prototype keys too), arrays emptied or repeated, and deep nesting (up to 1,000
 * levels a mutation, four at most: JSON.stringify itself fails somewhere past 6,000).
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** A value nested `depth` arrays deep, built without recursion. */
export function nestedValue(depth: number, bottom: Json = 'x'): Json {
  let value: Json = bottom;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** Values that break naive code, beside fast-check's own random JSON. */
const hostile: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    '', '   ', '\n\t', '\u202e', '2026-02-30', '2026-13-01', 'not-a-uuid', 'ABCDEF00-0000-4000-8000-000000000001',
    -1, -0.5, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0, null, true, false, [], {}, '=SUM(A1)', '<script>x</script>',
    'x'.repeat(100_000),
  ),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

const POLLUTING = ['__proto__', 'constructor', 'prototype'];

export type Mutation =
  | { op: 'replace'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'add-key'; at: number; key: string; value: Json }
  | { op: 'copy-string'; at: number; from: number }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'empty'; at: number }
  // The depth, not the nested value, so a counterexample prints (and shrinks) as a number.
  | { op: 'nest'; at: number; depth: number };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostile }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('add-key' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...POLLUTING), fc.string({ maxLength: 8 })), value: hostile }) },
  // Swapping one string for another is how references dangle, ids repeat and cycles form.
  { weight: 4, arbitrary: fc.record({ op: fc.constant('copy-string' as const), at: fc.nat(), from: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 1000 }) }) },
);

interface Slot {
  parent: Container;
  key: string | number;
}

/** Every place a value sits, found with an explicit stack. */
function slots(root: Json): Slot[] {
  const found: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const value = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      found.push({ parent: value, key });
      stack.push((value as Record<string | number, Json>)[key]!);
    }
  }
  return found;
}

const get = (slot: Slot): Json => (slot.parent as Record<string | number, Json>)[slot.key]!;

/** Sets an own property, even `__proto__` (as JSON.parse would), never a prototype. */
function put(parent: Container, key: string | number, value: Json): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies the mutations in turn to a deep copy of `file` and returns it. */
export function mutate(file: unknown, mutations: readonly Mutation[]): Json {
  const root = structuredClone(file) as Json;
  for (const m of mutations) {
    const all = slots(root);
    if (all.length === 0) break;
    const slot = all[m.at % all.length]!;
    const current = get(slot);
    switch (m.op) {
      case 'replace':
        put(slot.parent, slot.key, m.value);
        break;
      case 'delete':
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else delete (slot.parent as Record<string, Json>)[slot.key as string];
        break;
      case 'add-key':
        if (current !== null && typeof current === 'object' && !Array.isArray(current)) put(current, m.key, m.value);
        else put(slot.parent, Array.isArray(slot.parent) ? slot.parent.length : m.key, m.value);
        break;
      case 'copy-string': {
        const strings = all.filter((s) => typeof get(s) === 'string');
        if (strings.length) put(slot.parent, slot.key, get(strings[m.from % strings.length]!));
        break;
      }
      case 'repeat':
        if (Array.isArray(current) && current.length) for (let i = 0; i < m.times; i += 1) current.push(current[i % current.length]!); // shared: JSON writes it twice
        break;
      case 'nest':
        put(slot.parent, slot.key, nestedValue(m.depth, current));
        break;
      case 'empty':
        if (Array.isArray(current)) current.length = 0;
        else if (current !== null && typeof current === 'object') for (const key of Object.keys(current)) delete current[key];
        break;
    }
  }
  return root;
}
