/**
 * Spell checking that never touches the network and never keeps a word list: the
 * custom dictionary is a plain-text file that would collect children's and
 * professionals' names, so it is emptied on every start and nothing adds to it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
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

/** The bundled dictionaries' names: en-GB-<version>.bdic, as Electron's hunspell_dictionaries.zip names them. */
const BUNDLED_DICTIONARY = /^en-GB-[\d-]+\.bdic$/;

/**
 * Copies the bundled en-GB dictionaries into Chromium's own dictionary folder
 * (<userData>/Dictionaries), where it looks before it downloads anything: a dictionary found
 * there is used as it is, so the download URL is never needed. Synchronous (one small file,
 * once) so it is in place before the language is set. Returns the files copied.
 */
export function installBundledDictionaries(resourcesPath: string, userDataPath: string): string[] {
  const from = path.join(resourcesPath, 'dictionaries');
  if (!existsSync(from)) return [];
  const to = path.join(userDataPath, 'Dictionaries');
  const copied: string[] = [];
  for (const name of readdirSync(from).filter((file) => BUNDLED_DICTIONARY.test(file))) {
    const target = path.join(to, name);
    // Same size means the same file: dictionaries change name when they change version.
    if (existsSync(target) && statSync(target).size === statSync(path.join(from, name)).size) continue;
    mkdirSync(to, { recursive: true });
    copyFileSync(path.join(from, name), target);
    copied.push(name);
  }
  return copied;
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
 * Installs the bundled dictionaries, configures the checker, and empties the custom
 * dictionary in the background (it resolves once the file is loaded), so a slow disk never
 * delays the window.
 */
export function setupSpellcheck(ses: SpellcheckSession, resourcesPath: string, userDataPath: string): Promise<number> {
  try {
    installBundledDictionaries(resourcesPath, userDataPath);
  } catch (error) {
    // Spelling is a help, not a guard: without the dictionary the app still works, offline.
    console.error('Local Review could not install its en-GB dictionary', error);
  }
  configureSpellchecker(ses, resourcesPath);
  return clearCustomDictionary(ses);
}
