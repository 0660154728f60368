/** Counts in words: thousands separated, the noun agreeing with the number ("1 theme", "2 themes"). */

/** 1234 → "1,234". */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The noun alone for `n`: "theme" / "themes"; `many` defaults to `one` + "s". */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** "1 theme" / "3 themes" / "1,200 passages"; `many` defaults to `one` + "s" (give it for "agency", "agencies"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${noun(n, one, many)}`;
}
