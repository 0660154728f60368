/** Identifier and clock helpers shared by the domain and the repositories. */

/** A new lower-case UUID v4, as the review file requires. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current instant as ISO 8601 UTC. */
export function nowInstant(): string {
  return new Date().toISOString();
}

/** Today's date as YYYY-MM-DD in the reviewer's own time zone. */
export function todayDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
