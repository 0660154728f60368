import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../test-support/electronMock';
import { setupSingleInstance } from './singleInstance';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const { app } = electronMock;

function fakeWindow(minimised: boolean) {
  return { isMinimized: vi.fn(() => minimised), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

beforeEach(() => resetElectronMock());

describe('setupSingleInstance', () => {
  it('quits when another copy holds the lock', () => {
    electronMock.state.current.hasLock = false;
    expect(setupSingleInstance(() => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('keeps running when it holds the lock', () => {
    expect(setupSingleInstance(() => null)).toBe(true);
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('restores and focuses the existing window when a second copy starts', () => {
    const window = fakeWindow(true);
    setupSingleInstance(() => window);
    app.emit('second-instance', {}, ['local-review', '/tmp/evil.json'], '/tmp', {});
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does nothing when a second copy starts before the window exists', () => {
    setupSingleInstance(() => null);
    expect(() => app.emit('second-instance', {}, [], '/tmp', {})).not.toThrow();
  });
});
