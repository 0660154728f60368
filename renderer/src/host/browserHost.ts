/** The host in a plain browser: downloads via a Blob link, opens via a file input. */
import { safeFileName } from '../../../electron/shared/safeFileName.ts';
import { FILE_KINDS } from '../../../electron/shared/fileKinds.ts';
import { MIME_TYPES, type FileKind, type Host, type OpenOutcome, type SaveOutcome } from './host.ts';

const MAX_OPEN_BYTES = 512 * 1024 * 1024;

function download(name: string, kind: FileKind, bytes: Uint8Array): SaveOutcome {
  const blob = new Blob([bytes.slice().buffer], { type: MIME_TYPES[kind] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', fileName: name };
}

function pickFile(kind: FileKind): Promise<OpenOutcome> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    const { extension, opens } = FILE_KINDS[kind];
    input.accept = (opens ?? [extension]).map((e) => `.${e}`).join(',');
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    const done = () => input.remove();
    input.addEventListener('cancel', () => { done(); resolve({ status: 'cancelled' }); });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve({ status: 'cancelled' });
      if (file.size > MAX_OPEN_BYTES) return reject(new Error('That file is too large to be a review file.'));
      file.arrayBuffer().then((buffer) => resolve({ status: 'opened', fileName: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    document.body.append(input);
    input.click();
  });
}

export const browserHost: Host = {
  kind: 'browser',
  // The same cleaning as the desktop shell: user text only ever suggests a bare name.
  saveFile: async (suggestedName, kind, bytes) => download(safeFileName(suggestedName, kind), kind, bytes),
  openFile: pickFile,
  appVersion: async () => import.meta.env.VITE_APP_VERSION ?? 'development',
  // A web page cannot tell that the computer locked or slept; the idle timer still runs.
  onLockRequest: () => () => undefined,
};
