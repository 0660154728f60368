/** The import's progress line in plain words (shown in a role="status" region). */
import type { ReadStep } from './protocol.ts';

export type ImportProgress = { step: ReadStep } | { step: 'saving'; saved: number; total: number };

const STEP_TEXT: Record<ReadStep, string> = {
  reading: 'Unlocking the file…',
  checking: 'Checking the file…',
  receiving: 'Preparing the review…',
};

export function importProgressText(progress: ImportProgress): string {
  if (progress.step !== 'saving') return STEP_TEXT[progress.step];
  const count = (n: number) => n.toLocaleString('en-GB');
  return `Saving ${count(progress.saved)} of ${count(progress.total)} ${progress.total === 1 ? 'item' : 'items'}…`;
}
