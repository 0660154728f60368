/** The review's merge log: when, whose file, what came across and what was chosen. */
import type { MergeLogEntry } from '../../domain/reviewFile.ts';
import { count, plural } from '../../domain/words/counts.ts';
import { longDateTime } from '../../domain/words/dates.ts';

function chosen(entry: MergeLogEntry): string {
  if (!entry.choices.length) return 'no conflicts';
  const by = (side: string) => entry.choices.filter((c) => c.chose === side).length;
  const parts = [[by('ours'), 'yours'], [by('theirs'), 'theirs'], [by('both'), 'both texts']]
    .filter(([n]) => Number(n) > 0).map(([n, what]) => `${count(Number(n))} ${String(what)}`);
  return `${plural(entry.choices.length, 'conflict')} decided (${parts.join(', ')})`;
}

export function MergeLog({ entries }: { entries: readonly MergeLogEntry[] }) {
  return (
    <section aria-labelledby="merge-log-heading">
      <h3 className="govuk-heading-s" id="merge-log-heading" tabIndex={-1}>Merge log</h3>
      {entries.length === 0
        ? <p className="govuk-body">No colleague’s file has been merged into this review yet.</p>
        : (
          <ol className="govuk-list govuk-list--bullet" reversed aria-label="Merges, newest first">
            {[...entries].reverse().map((entry) => (
              <li key={`${entry.at}-${entry.fileId ?? entry.fileExportedAt}`}>
                {longDateTime(entry.at)}: {entry.from ? `${entry.from}’s file` : 'a colleague’s file'} (exported {longDateTime(entry.fileExportedAt)}
                , {entry.mode === 'three-way' ? 'compared with the common starting point' : 'no common starting point'}):{' '}
                {count(entry.added)} new, {count(entry.changed)} changed, {count(entry.removed)} removed, {chosen(entry)}.
                {entry.flaggedExcerptIds?.length ? ` ${plural(entry.flaggedExcerptIds.length, 'passage')} could not be found in the merged notes and ${entry.flaggedExcerptIds.length === 1 ? 'is' : 'are'} flagged.` : ''}
              </li>
            ))}
          </ol>
        )}
    </section>
  );
}
