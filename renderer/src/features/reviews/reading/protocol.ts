/**
 * Messages between the app and the reading worker (see worker.ts and readClient.ts).
 * A review file comes back in parts: its big tables a slice at a time, then the rest, so
 * the window takes each part in its own short task instead of one long copy.
 */
import type { Envelope } from '../../../crypto/envelope.ts';
import type { FileProblem } from '../../../domain/reviewFileErrors.ts';
import type { ReviewFile } from '../../../domain/reviewFile.ts';
import { CHILD_TABLES, type ChildTable } from '../../../db/schema.ts';
import type { OpenedFile, RecognisedFile } from '../readImportFile.ts';

export type ReadRequest =
  | { kind: 'recognise'; bytes: Uint8Array }
  | { kind: 'open'; envelope: Envelope; password: string };

/** What the worker is doing, for the progress line. */
export type ReadStep = 'reading' | 'checking' | 'receiving';

export type ReadResult = RecognisedFile | OpenedFile;

export type ReadReply =
  | { type: 'progress'; step: ReadStep }
  | { type: 'rows'; table: ChildTable; rows: object[] }
  | { type: 'done'; result: ReadResult }
  | { type: 'error'; message: string; problem?: FileProblem };

/** Rows per 'rows' message: small enough that taking one in stays well under 50 ms. */
export const PART_ROWS = 250;

/** Splits a validated review file into its child tables' slices and the file with those tables emptied. */
export function splitReviewFile(file: ReviewFile, partRows = PART_ROWS): { parts: Array<{ table: ChildTable; rows: object[] }>; rest: ReviewFile } {
  const parts: Array<{ table: ChildTable; rows: object[] }> = [];
  const rest = { ...file } as Record<ChildTable, object[]> & ReviewFile;
  for (const table of CHILD_TABLES) {
    const rows = file[table] as object[];
    for (let at = 0; at < rows.length; at += partRows) parts.push({ table, rows: rows.slice(at, at + partRows) });
    rest[table] = [];
  }
  return { parts, rest };
}

/** Puts the received slices back into the file, in order (the inverse of splitReviewFile). */
export function joinReviewFile(rest: ReviewFile, parts: ReadonlyArray<{ table: ChildTable; rows: object[] }>): ReviewFile {
  const file = { ...rest } as Record<ChildTable, object[]> & ReviewFile;
  for (const table of CHILD_TABLES) file[table] = [];
  for (const { table, rows } of parts) for (const row of rows) file[table].push(row);
  return file;
}
