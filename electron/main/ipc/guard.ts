/**
 * The only way to register an IPC handler: it checks who is calling and what they
 * sent before any capability runs, so no channel can forget either check.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { IpcChannel, IpcRequest, IpcResult } from '../../shared/ipc-contract';
import { APP_ORIGIN, isAppUrl } from '../appOrigin';

/** What the check reads from WebFrameMain; a structural type so tests can pass plain objects. */
interface SenderFrame {
  readonly url: string;
  readonly origin: string;
  readonly parent: object | null;
}

function isTrustedFrame(frame: SenderFrame | null): boolean {
  try {
    // A null frame has navigated or closed since it sent the message.
    return frame !== null && frame.parent === null && frame.origin === APP_ORIGIN && isAppUrl(frame.url);
  } catch {
    // Reading a disposed frame throws; a frame we cannot inspect is not trusted.
    return false;
  }
}

/** Throws unless the call comes from the top-level frame of app://local. */
export function assertTrustedSender(event: { senderFrame: SenderFrame | null }): void {
  if (!isTrustedFrame(event.senderFrame)) {
    throw new Error('IPC refused: the sender is not the app:// top-level frame.');
  }
}

type Handler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResult<C> | Promise<IpcResult<C>>;

/** Registers `handler` for `channel` behind the sender check and the payload schema. */
export function handleChannel<C extends IpcChannel>(
  channel: C,
  schema: z.ZodType<IpcRequest<C>>,
  handler: Handler<C>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    assertTrustedSender(event);
    if (args.length > 1) throw new Error(`Invalid ${channel} request: expected one argument, got ${args.length}.`);
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) throw new Error(`Invalid ${channel} request: ${z.prettifyError(parsed.error)}`);
    return handler(parsed.data, event);
  });
}
