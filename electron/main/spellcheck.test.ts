import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from '../test-support/electronMock';
import { clearCustomDictionary, configureSpellchecker, dictionaryFolderUrl, setupSpellcheck } from './spellcheck';

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
    await setupSpellcheck(ses, resources);
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledOnce();
    expect(await ses.listWordsInSpellCheckerDictionary()).toEqual([]);
    expect(ses.addWordToSpellCheckerDictionary).not.toHaveBeenCalled();
  });
});
