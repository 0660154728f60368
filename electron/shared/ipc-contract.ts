/**
 * The one IPC contract between the renderer and the desktop shell. Types only:
 * main validates every payload at run time (zod) because the renderer is untrusted.
 * Channels are named `domain-verb`.
 */

/** The kinds of file the app saves or opens; each maps to one dialog filter ('text': the recovery key). */
export type FileKind = 'review-file' | 'encrypted-file' | 'docx' | 'xlsx' | 'text' | 'qdpx' | 'qdc' | 'png' | 'svg' | 'csv' | 'html' | 'json';

export interface SaveFileRequest {
  /** A suggested file name only; main strips any path and unsafe characters. */
  suggestedName: string;
  kind: FileKind;
  bytes: Uint8Array;
}

export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface OpenFileRequest {
  kind: FileKind;
}

export type OpenFileResult = { status: 'opened'; fileName: string; bytes: Uint8Array } | { status: 'cancelled' };

export interface IpcContract {
  'file-save': { request: SaveFileRequest; result: SaveFileResult };
  'file-open': { request: OpenFileRequest; result: OpenFileResult };
  'app-version': { request: undefined; result: string };
}

export type IpcChannel = keyof IpcContract;

/** Why main asks the renderer to lock: the computer locked its screen or is going to sleep. */
export type LockReason = 'lock-screen' | 'suspend';

/**
 * Events main sends to the renderer (webContents.send), each with its one payload.
 * The renderer only listens; it cannot send on these channels.
 */
export interface IpcEvents {
  'app-lock': { reason: LockReason };
}

export type IpcEventChannel = keyof IpcEvents;

/** The payload a channel accepts. */
export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request'];

/** What a channel resolves with. */
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** What the preload exposes on `window.api`: named verbs, never ipcRenderer itself. */
export interface PreloadApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  appVersion(): Promise<string>;
  /** Calls `listener` each time main asks the app to lock; returns the unsubscribe. */
  onLockRequest(listener: (reason: LockReason) => void): () => void;
}
