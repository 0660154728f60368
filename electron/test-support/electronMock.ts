/**
 * A reusable stand-in for the 'electron' module: the runtime cannot be downloaded
 * here, so main and preload are tested against this. Use it with
 *   vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));
 * and call resetElectronMock() in beforeEach.
 */
import { EventEmitter } from 'node:events';
import { vi, type Mock } from 'vitest';

/** Every spy made here, so reset can return each to its original implementation. */
const spies: Mock[] = [];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spies stand in for Electron functions of every shape
function spy<T extends (...args: any[]) => unknown>(implementation?: T): Mock<T> {
  const created = implementation ? vi.fn(implementation) : vi.fn<T>();
  spies.push(created);
  return created;
}

/** Mutable knobs a test sets before exercising main. */
export interface MockState {
  appPath: string;
  version: string;
  isPackaged: boolean;
  hasLock: boolean;
  spellcheckLanguages: string[];
  dictionaryWords: string[];
  resolveReady: () => void;
  ready: Promise<void>;
}

function freshState(): MockState {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  return {
    appPath: '/opt/local-review',
    version: '1.2.3',
    isPackaged: true,
    hasLock: true,
    spellcheckLanguages: ['en-GB', 'en-US'],
    dictionaryWords: [],
    resolveReady,
    ready,
  };
}

/** A web page: an event emitter with the methods main calls. */
export class FakeWebContents extends EventEmitter {
  readonly setWindowOpenHandler = spy((_handler: (details: { url: string }) => { action: string }) => undefined);
  readonly replaceMisspelling = spy((_word: string) => undefined);
  readonly send = spy((_channel: string, ..._args: unknown[]) => undefined);
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static readonly getAllWindows = spy(() => FakeBrowserWindow.instances.filter((window) => !window.closed));
  static readonly fromWebContents = spy(
    (contents: unknown) => FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );

  readonly webContents = new FakeWebContents();
  closed = false;
  minimised = false;
  readonly loadURL = spy(async (_url: string) => undefined);
  readonly isMinimized = spy(() => this.minimised);
  readonly restore = spy(() => undefined);
  readonly show = spy(() => undefined);
  readonly focus = spy(() => undefined);
  readonly isDestroyed = spy(() => this.closed);

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

function createMock() {
  const state = { current: freshState() };
  const app = Object.assign(new EventEmitter(), {
    getAppPath: spy(() => state.current.appPath),
    getVersion: spy(() => state.current.version),
    getPath: spy((name: string) => `/home/reviewer/.config/Local Review${name === 'userData' ? '' : `/${name}`}`),
    get isPackaged() {
      return state.current.isPackaged;
    },
    requestSingleInstanceLock: spy(() => state.current.hasLock),
    whenReady: spy(() => state.current.ready),
    quit: spy(() => undefined),
    exit: spy((_code?: number) => undefined),
  });
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handlers,
    handle: spy((channel: string, handler: InvokeHandler) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    }),
    on: spy(() => undefined),
  };
  const sessionMethods = {
    setBluetoothPairingHandler: spy((_handler: unknown) => undefined),
    webRequest: { onBeforeRequest: spy((_filter: { urls: string[] }, _listener: unknown) => undefined) },
    setPermissionRequestHandler: spy((_handler: unknown) => undefined),
    setPermissionCheckHandler: spy((_handler: unknown) => undefined),
    setDevicePermissionHandler: spy((_handler: unknown) => undefined),
    get availableSpellCheckerLanguages() {
      return state.current.spellcheckLanguages;
    },
    setSpellCheckerLanguages: spy((_languages: string[]) => undefined),
    setSpellCheckerDictionaryDownloadURL: spy((_url: string) => undefined),
    listWordsInSpellCheckerDictionary: spy(async () => [...state.current.dictionaryWords]),
    removeWordFromSpellCheckerDictionary: spy((word: string) => {
      state.current.dictionaryWords = state.current.dictionaryWords.filter((entry) => entry !== word);
      return true;
    }),
    addWordToSpellCheckerDictionary: spy((_word: string) => true),
  };
  // An event emitter, as Electron's Session is: tests emit 'select-hid-device' and friends.
  // Descriptors, not Object.assign, so the spellcheck getter stays a getter.
  const defaultSession = Object.defineProperties(new EventEmitter(), Object.getOwnPropertyDescriptors(sessionMethods)) as EventEmitter & typeof sessionMethods;
  const popup = spy(() => undefined);
  // powerMonitor is an event emitter in Electron too; tests emit 'lock-screen' or 'suspend'.
  const powerMonitor = new EventEmitter();
  return {
    state,
    app,
    ipcMain,
    session: { defaultSession },
    powerMonitor,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showSaveDialog: spy(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showOpenDialog: spy(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    },
    protocol: {
      registerSchemesAsPrivileged: spy((_schemes: unknown[]) => undefined),
      handle: spy((_scheme: string, _handler: unknown) => undefined),
    },
    Menu: {
      popup,
      buildFromTemplate: spy((template: unknown[]) => ({ items: template, popup })),
      setApplicationMenu: spy((_menu: unknown) => undefined),
    },
    contextBridge: { exposeInMainWorld: spy((_key: string, _api: unknown) => undefined) },
    ipcRenderer: {
      invoke: spy(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
      send: spy(() => undefined),
      on: spy((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
      removeListener: spy((_channel: string, _listener: (...args: unknown[]) => void) => undefined),
    },
  };
}

export type ElectronMock = ReturnType<typeof createMock>;

// One instance per test file even if modules are reset, so the module main imports
// and the handle a test holds are always the same object.
const holder = globalThis as { __electronMock?: ElectronMock };
export const electronMock: ElectronMock = (holder.__electronMock ??= createMock());

/** The object vi.mock('electron') should return. */
export function electronModule(): ElectronMock {
  return electronMock;
}

/** Back to a fresh state: no listeners, no handlers, no windows, spies reset. */
export function resetElectronMock(): void {
  electronMock.state.current = freshState();
  electronMock.app.removeAllListeners();
  electronMock.powerMonitor.removeAllListeners();
  electronMock.session.defaultSession.removeAllListeners();
  electronMock.ipcMain.handlers.clear();
  FakeBrowserWindow.instances = [];
  for (const created of spies) created.mockReset();
}
