/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but
 * without its side effect: requiring 'electron' from Node starts a download when
 * the binary is missing, which must never happen from a test run.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ElectronRuntime {
  /** Where the executable is, or would be once downloaded. */
  executablePath: string;
  /** True when that file exists and can be run. */
  isInstalled: boolean;
}

/** The executable inside the electron package's dist/ on each platform (as install.js writes it). */
function platformExecutable(): string {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Locates the Electron runtime from the installed electron package. */
export function findElectronRuntime(): ElectronRuntime {
  const require = createRequire(import.meta.url);
  const packageFolder = path.dirname(require.resolve('electron/package.json'));
  // path.txt is written by electron's install script once the binary is unpacked.
  const pathFile = path.join(packageFolder, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformExecutable();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executablePath = override ? path.join(override, relative) : path.join(packageFolder, 'dist', relative);
  return { executablePath, isInstalled: existsSync(executablePath) && isExecutable(executablePath) };
}
