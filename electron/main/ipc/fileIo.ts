/**
 * Disk access for the file capabilities: saves never leave a half-written review
 * behind, and opens never read an unbounded file into memory.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `target` atomically: a temporary file in the same folder (so
 * the rename cannot cross file systems), flushed to disk, then renamed over the
 * target. A crash leaves either the old file or the new one, never a mix.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  // A short name: the target's own name may already be near the length limit.
  const temporary = path.join(folder, `.local-review-${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    // 'wx' refuses to follow or reuse anything already at that path; 0o600 keeps
    // the contents private to the user while they are written.
    handle = await open(temporary, 'wx', 0o600);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Flushes the rename itself on POSIX; Windows cannot open folders, and need not. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/** Reads a regular file of at most `maxBytes`, refusing larger ones before reading. */
export async function readFileCapped(filePath: string, maxBytes: number): Promise<Uint8Array> {
  // Checked before opening too: opening a named pipe would wait for a writer forever.
  if (!(await stat(filePath)).isFile()) throw new Error('Only regular files can be opened.');
  const handle = await open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error('Only regular files can be opened.');
    if (stats.size > maxBytes) throw new Error(`The file is larger than the ${formatMegabytes(maxBytes)} limit.`);
    const bytes = new Uint8Array(stats.size);
    let length = 0;
    while (length < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, length, bytes.byteLength - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // A file that shrank or grew since stat() is being written by something else.
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, length);
    if (length !== stats.size || extra !== 0) throw new Error('The file changed while it was being opened. Try again.');
    return bytes;
  } finally {
    await handle.close();
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
