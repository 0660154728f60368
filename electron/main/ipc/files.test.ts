import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow, resetElectronMock } from '../../test-support/electronMock';
import { invokeChannel, invokeEvent, trustedFrame } from '../../test-support/ipc';
import { registerFileHandlers } from './files';

vi.mock('electron', () => import('../../test-support/electronMock').then((m) => m.electronModule()));

const { dialog } = electronMock;
let folder: string;
let owner: FakeBrowserWindow;
const trusted = () => invokeEvent(trustedFrame(), owner.webContents);
const evil = () => invokeEvent({ url: 'https://evil.example/', origin: 'https://evil.example', parent: null }, owner.webContents);
const saveRequest = { suggestedName: 'Review of agency responses', kind: 'docx', bytes: new Uint8Array([80, 75, 3, 4]) };

beforeEach(() => {
  resetElectronMock();
  folder = mkdtempSync(path.join(tmpdir(), 'lr-files-'));
  owner = new FakeBrowserWindow({});
  registerFileHandlers();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('file-save', () => {
  it('asks where to save, attached to the window, with a safe default name and the kind\'s filter', async () => {
    await invokeChannel('file-save', trusted(), { ...saveRequest, suggestedName: '../../etc/Review: draft?' });
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(owner, expect.objectContaining({
      defaultPath: 'etc-Review draft.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    }));
  });

  it('writes the bytes where the user chose and returns only the file name', async () => {
    const target = path.join(folder, 'chosen.docx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(invokeChannel('file-save', trusted(), saveRequest)).resolves.toEqual({ status: 'saved', fileName: 'chosen.docx' });
    expect([...readFileSync(target)]).toEqual([80, 75, 3, 4]);
  });

  it('writes nothing when the user cancels', async () => {
    await expect(invokeChannel('file-save', trusted(), saveRequest)).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses an untrusted sender before showing any dialog', async () => {
    await expect(invokeChannel('file-save', evil(), saveRequest)).rejects.toThrow(/IPC refused/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload before showing any dialog', async () => {
    await expect(invokeChannel('file-save', trusted(), { ...saveRequest, bytes: [1, 2] })).rejects.toThrow(/Invalid file-save request/);
    await expect(invokeChannel('file-save', trusted(), { ...saveRequest, path: '/tmp/x' })).rejects.toThrow(/Invalid file-save request/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file-open', () => {
  it('offers one file of the kind (a review file plain or encrypted) and returns its name and bytes', async () => {
    const file = path.join(folder, 'review.json');
    writeFileSync(file, '{"version":1}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const result = await invokeChannel('file-open', trusted(), { kind: 'review-file' });
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(owner, {
      properties: ['openFile'],
      filters: [{ name: 'Local Review file', extensions: ['json', 'lrenc'] }],
    });
    expect(result).toEqual({ status: 'opened', fileName: 'review.json', bytes: new TextEncoder().encode('{"version":1}') });
  });

  it('returns cancelled when the user cancels', async () => {
    await expect(invokeChannel('file-open', trusted(), { kind: 'xlsx' })).resolves.toEqual({ status: 'cancelled' });
  });

  it('refuses an untrusted sender or an invalid payload before showing any dialog', async () => {
    await expect(invokeChannel('file-open', evil(), { kind: 'xlsx' })).rejects.toThrow(/IPC refused/);
    await expect(invokeChannel('file-open', trusted(), { kind: 'exe' })).rejects.toThrow(/Invalid file-open request/);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
