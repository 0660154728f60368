/** Exchanging with QDA programs (NVivo, ATLAS.ti, MAXQDA, QualCoder) through REFI-QDA files. */
import type { Command } from '../../app/commands.ts';
import { db } from '../../db/index.ts';
import { addCodebookThemes, removeCodebookThemes } from '../../db/qdaRepository.ts';
import { exportReviewFile } from '../../db/reviewFileRepository.ts';
import { buildQdc, buildQdpx } from '../../export/qdpx/buildQdpx.ts';
import { parseQdc, parseQdpx } from '../../import/index.ts';
import { plural } from '../../domain/words/counts.ts';
import type { Theme } from '../../domain/reviewFile.ts';
import { getHost, type SaveOutcome } from '../../host/index.ts';
import { importReview } from '../reviews/reviewFileActions.ts';

/** Saves the review as a .qdpx project. */
export async function exportQdpx(reviewId: string): Promise<SaveOutcome> {
  const file = await exportReviewFile(db, reviewId);
  return getHost().saveFile(`${file.review.title} (REFI-QDA project)`, 'qdpx', await buildQdpx(file));
}

/** Saves the review's themes as a .qdc codebook. */
export async function exportQdc(reviewId: string): Promise<SaveOutcome> {
  const file = await exportReviewFile(db, reviewId);
  return getHost().saveFile(`${file.review.title} (codebook)`, 'qdc', await buildQdc(file.themes));
}

/** Asks for a .qdpx project and imports it as a new review; null when the reviewer cancelled. */
export async function importQdpx(): Promise<{ reviewId: string; title: string; fileName: string; engagements: number; passages: number; themes: number } | null> {
  const picked = await getHost().openFile('qdpx');
  if (picked.status === 'cancelled') return null;
  const file = await parseQdpx(picked.bytes);
  const reviewId = await importReview(file, { validated: true });
  return { reviewId, title: file.review.title, fileName: picked.fileName, engagements: file.engagements.length, passages: file.excerpts.length, themes: file.themes.length };
}

export interface CodebookImport {
  reviewId: string;
  fileName: string;
  themes: Theme[];
}

/** Asks for a .qdc codebook and reads it (nothing written); null when the reviewer cancelled. */
export async function pickCodebook(): Promise<{ fileName: string; themes: Theme[] } | null> {
  const picked = await getHost().openFile('qdc');
  if (picked.status === 'cancelled') return null;
  return { fileName: picked.fileName, themes: parseQdc(picked.bytes) };
}

/** Adds a codebook's codes to the review as themes; Undo takes them out again. */
export const importCodebookCommand: Command<CodebookImport, string[]> = {
  failure: 'Could not import the codebook',
  run: ({ reviewId, themes }) => addCodebookThemes(db, reviewId, themes),
  describe: (ids, { fileName }) => `Added ${plural(ids.length, 'theme')} from ${fileName} to the theme framework.`,
  undo: (ids, { reviewId }) => removeCodebookThemes(db, reviewId, ids),
  focusAfter: () => 'qda-heading',
  focusAfterUndo: () => 'qda-heading',
};
