/** A minimal application menu; DevTools and reload exist only in development builds. */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** The menu template for a platform; `isPackaged` hides developer items. */
export function buildMenuTemplate(isPackaged: boolean, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  const template: MenuItemConstructorOptions[] = [
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developerItems,
      ],
    },
    { role: 'windowMenu' },
  ];
  if (isMac) return [{ role: 'appMenu' }, ...template];
  return [{ label: 'File', submenu: [{ role: 'quit' }] }, ...template];
}

/** Installs the application menu. */
export function setupMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(app.isPackaged, process.platform)));
}
