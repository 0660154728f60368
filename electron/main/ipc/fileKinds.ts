/** Dialog filters for each FileKind, so users only see matching files. */
import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc-contract';
import { FILE_KINDS } from '../../shared/fileKinds';

export { FILE_KINDS };

/** The single dialog filter for a kind. */
export function dialogFilters(kind: FileKind): FileFilter[] {
  const { extension, filterName } = FILE_KINDS[kind];
  return [{ name: filterName, extensions: [extension] }];
}
