import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock } from '../test-support/electronMock';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const { contextBridge, ipcRenderer } = electronMock;
let api: Record<string, unknown> = {};

beforeAll(async () => {
  await import('./index');
  api = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
});

function verb(name: string): (...args: unknown[]) => Promise<unknown> {
  const value = api[name];
  if (typeof value !== 'function') throw new Error(`${name} is not a function`);
  return value as (...args: unknown[]) => Promise<unknown>;
}

describe('preload', () => {
  it('exposes one object, window.api, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('api');
  });

  it('exposes exactly the four named verbs', () => {
    expect(Object.keys(api).sort()).toEqual(['appVersion', 'onLockRequest', 'openFile', 'saveFile']);
  });

  it('never exposes ipcRenderer or any of its methods', () => {
    const exposed = Object.values(api);
    for (const value of [ipcRenderer, ipcRenderer.invoke, ipcRenderer.send, ipcRenderer.on, ipcRenderer.removeListener]) {
      expect(exposed).not.toContain(value);
    }
  });

  it.each([
    ['saveFile', 'file-save', { suggestedName: 'Review', kind: 'docx', bytes: new Uint8Array([1]) }],
    ['openFile', 'file-open', { kind: 'review-file' }],
  ])('%s invokes %s with the request only', async (name, channel, request) => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce({ status: 'cancelled' });
    await expect(verb(name)(request, 'ignored extra')).resolves.toEqual({ status: 'cancelled' });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('appVersion invokes app-version with no payload', async () => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.invoke.mockResolvedValueOnce('1.2.3');
    await expect(verb('appVersion')('ignored')).resolves.toBe('1.2.3');
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('app-version');
  });

  it('onLockRequest passes only the reason of each app-lock event, until unsubscribed', () => {
    ipcRenderer.on.mockClear();
    ipcRenderer.removeListener.mockClear();
    const listener = vi.fn();
    const unsubscribe = (api['onLockRequest'] as (listener: (reason: string) => void) => () => void)(listener);
    expect(ipcRenderer.on).toHaveBeenCalledOnce();
    const [channel, onEvent] = ipcRenderer.on.mock.calls[0]!;
    expect(channel).toBe('app-lock');
    const sender = { send: vi.fn() };
    onEvent({ sender }, { reason: 'lock-screen' });
    expect(listener).toHaveBeenCalledExactlyOnceWith('lock-screen');
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledExactlyOnceWith('app-lock', onEvent);
  });

  it('requires nothing but electron once compiled, as a sandboxed preload must', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2023 },
    });
    const required = [...outputText.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
  });
});
