/**
 * Spell checking that never touches the network and never keeps a word list: the
 * custom dictionary is a plain-text file that would collect children's and
 * professionals' names, so it is emptied on every start and nothing adds to it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Session } from 'electron';

export const SPELLCHECK_LANGUAGE = 'en-GB';

type SpellcheckSession = Pick<
  Session,
  | 'availableSpellCheckerLanguages'
  | 'setSpellCheckerLanguages'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'listWordsInSpellCheckerDictionary'
  | 'removeWordFromSpellCheckerDictionary'
>;

/**
 * A file:// folder inside the app's resources. Hunspell dictionaries shipped there
 * (en-GB-*.bdic) are used; anything missing simply fails to load, offline.
 */
export function dictionaryFolderUrl(resourcesPath: string): string {
  const href = pathToFileURL(path.join(resourcesPath, 'dictionaries')).href;
  // Electron forms `${url}${file}`, so the trailing slash matters.
  return href.endsWith('/') ? href : `${href}/`;
}

/** Points the dictionary downloader at local files and picks British English. */
export function configureSpellchecker(ses: SpellcheckSession, resourcesPath: string): void {
  ses.setSpellCheckerDictionaryDownloadURL(dictionaryFolderUrl(resourcesPath));
  // Not every platform offers en-GB (macOS uses the OS checker and lists nothing);
  // asking for an unknown language throws, so only set it where it exists.
  if (ses.availableSpellCheckerLanguages.includes(SPELLCHECK_LANGUAGE)) {
    ses.setSpellCheckerLanguages([SPELLCHECK_LANGUAGE]);
  }
}

/** Removes every word from the custom dictionary; resolves with how many went. */
export async function clearCustomDictionary(ses: SpellcheckSession): Promise<number> {
  const words = await ses.listWordsInSpellCheckerDictionary();
  for (const word of words) ses.removeWordFromSpellCheckerDictionary(word);
  return words.length;
}

/**
 * Configures the checker now and empties the custom dictionary in the background
 * (it resolves once the file is loaded), so a slow disk never delays the window.
 */
export function setupSpellcheck(ses: SpellcheckSession, resourcesPath: string): Promise<number> {
  configureSpellchecker(ses, resourcesPath);
  return clearCustomDictionary(ses);
}
