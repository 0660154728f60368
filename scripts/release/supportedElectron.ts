/**
 * Whether the pinned Electron is still supported, from the dated, hand-updated table in
 * supportedElectron.json. There is no network here, so the table cannot be fetched; instead
 * the test projects it forward: Electron ships a major every 8 weeks and drops its oldest
 * then, so every 56 days since the table was checked the oldest supported major goes up by
 * one. The projection can lag the real schedule by up to one cycle, never run ahead of it.
 * A release-time check (the test and the SBOM read it), so it lives with the release
 * scripts, not in the app.
 */

export interface SupportedElectronTable {
  /** ISO date (YYYY-MM-DD) the table was last compared with Electron's schedule. */
  checked: string;
  supportedMajors: number[];
  cadenceDays: number;
  /** Chromium and Node release lines per Electron major, for the SBOM. */
  versions: Record<string, { chromium: string; node: string }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The oldest Electron major still supported on `today`, by the table and the cadence. */
export function oldestSupportedMajor(table: SupportedElectronTable, today: Date): number {
  const checked = Date.parse(`${table.checked}T00:00:00Z`);
  if (Number.isNaN(checked)) throw new Error(`supportedElectron.json: "checked" is not a date (${table.checked})`);
  if (table.supportedMajors.length === 0) throw new Error('supportedElectron.json lists no supported majors');
  const elapsedDays = Math.max(0, Math.floor((today.getTime() - checked) / DAY_MS));
  return Math.min(...table.supportedMajors) + Math.floor(elapsedDays / table.cadenceDays);
}

/** The major of a version or range such as "45.4.1", "^45.4.1" or "~45.0.0". */
export function electronMajor(versionOrRange: string): number {
  const match = /(\d+)\.\d+\.\d+/.exec(versionOrRange);
  if (!match) throw new Error(`Not an Electron version: ${versionOrRange}`);
  return Number(match[1]);
}

/** A sentence saying why `pinned` is unsupported, or null when it is supported. */
export function supportProblem(table: SupportedElectronTable, pinned: string, today: Date): string | null {
  const major = electronMajor(pinned);
  const oldest = oldestSupportedMajor(table, today);
  if (major >= oldest) return null;
  return `Electron ${major} (pinned ${pinned}) is older than ${oldest}, the oldest major Electron still supports by ` +
    `scripts/release/supportedElectron.json (checked ${table.checked}). Upgrade Electron, then check the table against ` +
    "Electron's published release schedule and update it by hand.";
}
