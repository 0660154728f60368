import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { resetElectronMock } from '../../test-support/electronMock';
import { invokeChannel, invokeEvent, trustedFrame, type FakeFrame } from '../../test-support/ipc';
import { assertTrustedSender, handleChannel } from './guard';

vi.mock('electron', () => import('../../test-support/electronMock').then((m) => m.electronModule()));

beforeEach(() => resetElectronMock());

describe('assertTrustedSender', () => {
  it('accepts the top-level frame of app://local', () => {
    expect(() => assertTrustedSender(invokeEvent(trustedFrame()))).not.toThrow();
  });

  it.each<[string, FakeFrame | null]>([
    ['a forged https sender', { url: 'https://evil.example/', origin: 'https://evil.example', parent: null }],
    ['another app:// host', { url: 'app://other/index.html', origin: 'app://other', parent: null }],
    ['a host that only starts with local', { url: 'app://localhost/index.html', origin: 'app://localhost', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', origin: 'file://', parent: null }],
    ['a subframe of the app', { ...trustedFrame(), parent: trustedFrame() }],
    ['a page whose origin is opaque', { ...trustedFrame(), origin: 'null' }],
    ['a page whose URL is not the app', { url: 'https://evil.example/', origin: 'app://local', parent: null }],
    ['a missing frame', null],
  ])('refuses %s', (_case, frame) => {
    expect(() => assertTrustedSender(invokeEvent(frame))).toThrow(/IPC refused/);
  });

  it('refuses a frame that has been disposed', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      origin: 'app://local',
      parent: null,
    };
    expect(() => assertTrustedSender(invokeEvent(disposed))).toThrow(/IPC refused/);
  });
});

describe('handleChannel', () => {
  const handler = vi.fn(() => 'done');
  const schema = z.undefined();

  beforeEach(() => {
    handler.mockClear();
    // Any channel and schema will do; app-version's shape is the simplest.
    handleChannel('app-version', schema, handler);
  });

  it('runs the handler for a trusted sender with a valid payload', async () => {
    await expect(invokeChannel('app-version', invokeEvent(trustedFrame()))).resolves.toBe('done');
    expect(handler).toHaveBeenCalledOnce();
  });

  it('throws and does nothing for an untrusted sender', async () => {
    const evil = { url: 'https://evil.example/', origin: 'https://evil.example', parent: null };
    await expect(invokeChannel('app-version', invokeEvent(evil))).rejects.toThrow(/IPC refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('throws a clear error and does nothing for an invalid payload', async () => {
    await expect(invokeChannel('app-version', invokeEvent(trustedFrame()), { extra: true })).rejects.toThrow(
      /^Invalid app-version request/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    await expect(invokeChannel('app-version', invokeEvent(trustedFrame()), undefined, 'more')).rejects.toThrow(
      /expected one argument/,
    );
    expect(handler).not.toHaveBeenCalled();
  });
});
