/** The file capabilities: save bytes where the user chooses, open a file the user picks. */
import path from 'node:path';
import {
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult } from '../../shared/ipc-contract';
import { dialogFilters } from './fileKinds';
import { readFileCapped, writeFileAtomic } from './fileIo';
import { handleChannel } from './guard';
import { MAX_FILE_BYTES, openFileRequestSchema, saveFileRequestSchema } from './schemas';
import { safeFileName } from '../../shared/safeFileName';

/** Shows a save dialog (named by safeFileName, never by raw user text) and writes atomically. */
export async function saveFile(request: SaveFileRequest, event: IpcMainInvokeEvent): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: safeFileName(request.suggestedName, request.kind),
    filters: dialogFilters(request.kind),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  // The path is the user's own choice in a native dialog; it is written as chosen
  // (no extension appended) so the dialog's overwrite warning stays truthful.
  await writeFileAtomic(choice.filePath, request.bytes);
  return { status: 'saved', fileName: path.basename(choice.filePath) };
}

/** Shows an open dialog for one file of the kind and returns its bytes. */
export async function openFile(request: OpenFileRequest, event: IpcMainInvokeEvent): Promise<OpenFileResult> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: dialogFilters(request.kind, 'open') };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
  const bytes = await readFileCapped(filePath, MAX_FILE_BYTES);
  return { status: 'opened', fileName: path.basename(filePath), bytes };
}

/** Registers file-save and file-open. */
export function registerFileHandlers(): void {
  handleChannel('file-save', saveFileRequestSchema, saveFile);
  handleChannel('file-open', openFileRequestSchema, openFile);
}
