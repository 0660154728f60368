/** Framework files and review files in and out through the host (save and open dialogs, or downloads in a browser). */
import { parseFrameworkFileText, serialiseFrameworkFile, type FrameworkFile } from '../../domain/framework/index.ts';
import { FILE_MESSAGES } from '../../domain/reviewFileErrors.ts';
import { parseReviewFileText, ReviewFileError, type ReviewFile } from '../../domain/reviewFile.ts';
import { getHost } from '../../host/index.ts';

/** A name that is safe as a file name whatever the title holds. */
export function fileNameOf(title: string): string {
  return title.replace(/[^\p{L}\p{N} ,'’()-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Framework';
}

export function saveFrameworkFile(file: FrameworkFile) {
  return getHost().saveFile(`${fileNameOf(file.framework.title)}.framework`, 'review-file', serialiseFrameworkFile(file));
}

export async function openFrameworkFile(): Promise<FrameworkFile | undefined> {
  const picked = await getHost().openFile('review-file');
  return picked.status === 'opened' ? parseFrameworkFileText(picked.bytes) : undefined;
}

/** A plain review file to include; an encrypted one is imported into the app first. */
export async function openReviewFile(): Promise<ReviewFile | undefined> {
  const picked = await getHost().openFile('review-file');
  if (picked.status !== 'opened') return undefined;
  try {
    return parseReviewFileText(picked.bytes);
  } catch (error) {
    if (error instanceof ReviewFileError && error.message === FILE_MESSAGES.notReviewFile && new TextDecoder().decode(picked.bytes.slice(0, 200)).includes('local-review-encrypted')) {
      throw new ReviewFileError('This review file is encrypted. Import it on the Reviews page first, then pick it from the reviews on this computer.');
    }
    throw error;
  }
}
