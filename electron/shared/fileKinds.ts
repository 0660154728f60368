/** What each FileKind means on disk: its extension and the name its dialog filter shows. */
import type { FileKind } from './ipc-contract';

export const FILE_KINDS: Readonly<Record<FileKind, { extension: string; filterName: string }>> = {
  'review-file': { extension: 'json', filterName: 'Local Review file' },
  docx: { extension: 'docx', filterName: 'Word document' },
  xlsx: { extension: 'xlsx', filterName: 'Excel workbook' },
  text: { extension: 'txt', filterName: 'Text file' },
};
