import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../test-support/electronMock';
import { clearCustomDictionary, configureSpellchecker, dictionaryFolderUrl, installBundledDictionaries, setupSpellcheck } from './spellcheck';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const ses = electronMock.session.defaultSession;
const resources = path.resolve('/opt/local-review/resources');

beforeEach(() => resetElectronMock());

describe('dictionary download URL', () => {
  it('is a local file:// folder inside the resources, with the trailing slash Electron needs', () => {
    configureSpellchecker(ses, resources);
    const url = ses.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0] ?? '';
    expect(url).toBe(dictionaryFolderUrl(resources));
    expect(new URL(url).protocol).toBe('file:');
    expect(url).toMatch(/\/resources\/dictionaries\/$/);
    expect(url).not.toMatch(/^https?:/);
  });
});

describe('spellchecker language', () => {
  it('uses en-GB where the platform offers it', () => {
    configureSpellchecker(ses, resources);
    expect(ses.setSpellCheckerLanguages).toHaveBeenCalledExactlyOnceWith(['en-GB']);
  });

  it('leaves the language alone where en-GB is not offered (it would throw)', () => {
    electronMock.state.current.spellcheckLanguages = [];
    configureSpellchecker(ses, resources);
    expect(ses.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});

describe('custom dictionary', () => {
  it('removes every word, because it would hold names in plain text', async () => {
    electronMock.state.current.dictionaryWords = ['Okonkwo', 'Jayden', 'Tameside'];
    expect(await clearCustomDictionary(ses)).toBe(3);
    expect(ses.removeWordFromSpellCheckerDictionary.mock.calls.map(([word]) => word)).toEqual(['Okonkwo', 'Jayden', 'Tameside']);
    expect(await ses.listWordsInSpellCheckerDictionary()).toEqual([]);
  });

  it('is emptied by setupSpellcheck on startup, after the local URL is set', async () => {
    electronMock.state.current.dictionaryWords = ['Okonkwo'];
    await setupSpellcheck(ses, resources, path.join(os.tmpdir(), 'no-user-data'));
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledOnce();
    expect(await ses.listWordsInSpellCheckerDictionary()).toEqual([]);
    expect(ses.addWordToSpellCheckerDictionary).not.toHaveBeenCalled();
  });
});

describe('bundled dictionaries', () => {
  function folders(): { resourcesPath: string; userData: string } {
    const root = mkdtempSync(path.join(os.tmpdir(), 'dictionaries-'));
    const resourcesPath = path.join(root, 'resources');
    mkdirSync(path.join(resourcesPath, 'dictionaries'), { recursive: true });
    writeFileSync(path.join(resourcesPath, 'dictionaries', 'en-GB-10-1.bdic'), 'bdic bytes');
    writeFileSync(path.join(resourcesPath, 'dictionaries', 'LICENSE-en-GB.txt'), 'licence');
    return { resourcesPath, userData: path.join(root, 'user data') };
  }

  it('are copied into Chromium’s Dictionaries folder, where it looks before downloading', () => {
    const { resourcesPath, userData } = folders();
    expect(installBundledDictionaries(resourcesPath, userData)).toEqual(['en-GB-10-1.bdic']);
    expect(readdirSync(path.join(userData, 'Dictionaries'))).toEqual(['en-GB-10-1.bdic']);
    expect(readFileSync(path.join(userData, 'Dictionaries', 'en-GB-10-1.bdic'), 'utf8')).toBe('bdic bytes');
  });

  it('are copied once, and again only when the bundled file differs', () => {
    const { resourcesPath, userData } = folders();
    installBundledDictionaries(resourcesPath, userData);
    expect(installBundledDictionaries(resourcesPath, userData)).toEqual([]);
    writeFileSync(path.join(resourcesPath, 'dictionaries', 'en-GB-10-1.bdic'), 'newer bdic bytes');
    expect(installBundledDictionaries(resourcesPath, userData)).toEqual(['en-GB-10-1.bdic']);
  });

  it('leave nothing to do where none are bundled (a development run)', () => {
    expect(installBundledDictionaries(path.join(os.tmpdir(), 'no-resources-here'), path.join(os.tmpdir(), 'no-user-data'))).toEqual([]);
  });

  it('are installed by setupSpellcheck before the language is set', async () => {
    const { resourcesPath, userData } = folders();
    await setupSpellcheck(ses, resourcesPath, userData);
    expect(readdirSync(path.join(userData, 'Dictionaries'))).toEqual(['en-GB-10-1.bdic']);
    expect(ses.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-GB']);
  });
});
