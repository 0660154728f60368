/**
 * What each FileKind means on disk: the extension it is saved with, the name its dialog
 * filter shows and, when opening, every extension accepted (a review file may arrive
 * plain or encrypted, and import recognises both).
 */
import type { FileKind } from './ipc-contract';

export interface FileKindInfo {
  extension: string;
  filterName: string;
  /** Extensions offered when opening; just `extension` when absent. */
  opens?: readonly string[];
}

export const FILE_KINDS: Readonly<Record<FileKind, FileKindInfo>> = {
  'review-file': { extension: 'json', filterName: 'Local Review file', opens: ['json', 'lrenc'] },
  'encrypted-file': { extension: 'lrenc', filterName: 'Encrypted Local Review file' },
  docx: { extension: 'docx', filterName: 'Word document' },
  xlsx: { extension: 'xlsx', filterName: 'Excel workbook' },
  text: { extension: 'txt', filterName: 'Text file' },
  qdpx: { extension: 'qdpx', filterName: 'REFI-QDA project' },
  qdc: { extension: 'qdc', filterName: 'REFI-QDA codebook' },
  // Peer-network maps and the network import template (issue 15).
  png: { extension: 'png', filterName: 'PNG image' },
  svg: { extension: 'svg', filterName: 'SVG image' },
  csv: { extension: 'csv', filterName: 'CSV file' },
  // Training: the standalone course page, and results files and xAPI statements.
  html: { extension: 'html', filterName: 'Web page' },
  json: { extension: 'json', filterName: 'JSON file' },
};
