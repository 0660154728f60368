/** What each FileKind means on disk: its extension and its dialog filter. */
import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc-contract';

export const FILE_KINDS: Readonly<Record<FileKind, { extension: string; filterName: string }>> = {
  'review-file': { extension: 'json', filterName: 'Local Review file' },
  docx: { extension: 'docx', filterName: 'Word document' },
  xlsx: { extension: 'xlsx', filterName: 'Excel workbook' },
};

/** The single dialog filter for a kind, so users only see matching files. */
export function dialogFilters(kind: FileKind): FileFilter[] {
  const { extension, filterName } = FILE_KINDS[kind];
  return [{ name: filterName, extensions: [extension] }];
}
