/** Dialog filters for each FileKind, so users only see matching files. */
import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc-contract';
import { FILE_KINDS } from '../../shared/fileKinds';

export { FILE_KINDS };

/** The single dialog filter for a kind: its own extension to save, all it accepts to open. */
export function dialogFilters(kind: FileKind, purpose: 'save' | 'open' = 'save'): FileFilter[] {
  const { extension, filterName, opens } = FILE_KINDS[kind];
  return [{ name: filterName, extensions: purpose === 'open' && opens ? [...opens] : [extension] }];
}
