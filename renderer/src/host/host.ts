/**
 * The renderer's one interface to the platform: saving and opening files the user
 * picks, and the app's version. Electron and plain browsers each implement it, so the
 * whole app runs (and is tested end to end) in any Chromium.
 */
import type { FileKind } from '../../../electron/shared/ipc-contract.ts';

export type { FileKind };

export type SaveOutcome = { status: 'saved'; fileName: string } | { status: 'cancelled' };
export type OpenOutcome = { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'cancelled' };

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Saves bytes to a file the user picks; `suggestedName` is only a suggestion. */
  saveFile(suggestedName: string, kind: FileKind, bytes: Uint8Array): Promise<SaveOutcome>;
  /** Lets the user pick a file and returns its bytes. */
  openFile(kind: FileKind): Promise<OpenOutcome>;
  appVersion(): Promise<string>;
  /**
   * Calls `listener` when the platform asks the app to lock (the computer locked its
   * screen or is going to sleep); returns the unsubscribe. A browser never asks.
   */
  onLockRequest(listener: () => void): () => void;
}

/** Media types for browser downloads; extensions come from electron/shared/fileKinds. */
export const MIME_TYPES: Record<FileKind, string> = {
  'review-file': 'application/json',
  // JSON inside, but not for other programs to open: a download should not be previewed.
  'encrypted-file': 'application/octet-stream',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  text: 'text/plain',
  // Zip and XML inside, for QDA programs rather than the browser to open.
  qdpx: 'application/octet-stream',
  qdc: 'application/octet-stream',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv',
  html: 'text/html',
  json: 'application/json',
};
