import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../test-support/electronMock';
import { buildMenuTemplate, setupMenu } from './menu';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

beforeEach(() => resetElectronMock());

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    item.role ?? '',
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has no DevTools or reload in a packaged build on %s', (platform) => {
    const all = roles(buildMenuTemplate(true, platform));
    expect(all).not.toContain('toggleDevTools');
    expect(all).not.toContain('reload');
    expect(all).not.toContain('viewMenu');
  });

  it('offers DevTools in development', () => {
    expect(roles(buildMenuTemplate(false, 'linux'))).toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS', () => {
    expect(buildMenuTemplate(true, 'darwin')[0]?.role).toBe('appMenu');
  });
});

describe('setupMenu', () => {
  it('installs the packaged menu when packaged', () => {
    setupMenu();
    const template = electronMock.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });
});
