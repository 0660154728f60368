/** Fake IPC senders and a way to call a handler registered on the mocked ipcMain. */
import { electronMock } from './electronMock';

export interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
}

/** The frame main trusts: the top-level page of app://local. */
export function trustedFrame(): FakeFrame {
  return { url: 'app://local/index.html', origin: 'app://local', parent: null };
}

/** An invoke event as Electron builds it, from `frame` in `sender`. */
export function invokeEvent(frame: FakeFrame | null, sender: unknown = {}): { senderFrame: FakeFrame | null; sender: unknown } {
  return { senderFrame: frame, sender };
}

/** Calls the handler main registered for `channel`, as ipcRenderer.invoke would. */
export async function invokeChannel(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electronMock.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`No handler registered for ${channel}`);
  return handler(event, ...args);
}
