/**
 * The results panel, mounted only while the search is open: it reads a live snapshot of
 * the review (so the index follows edits), asks the session's worker for grouped results and
 * announces how many there are. Links go to each result's place in context.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { hrefFor } from '../../app/router.ts';
import { RESULTS_PER_KIND, type SearchGroup, type SearchKind } from '../../search/searchIndex.ts';
import { useReviewFile } from '../workspace/useReviewFile.ts';
import { Marked } from './Marked.tsx';
import type { SearchSession } from './searchSession.ts';
import { useSearchOutcome } from './useSearchOutcome.ts';
import { plural } from '../../domain/words/index.ts';

const GROUP_NAMES: Record<SearchKind, string> = {
  finding: 'Findings',
  recommendation: 'Recommendations',
  action: 'Actions',
  passage: 'Coded passages',
  notes: 'Notes',
};

/** Most results one kind shows once the reviewer asks to see them all. */
const MAX_PER_KIND = 100;


export function SearchResults({ reviewId, session, query }: { reviewId: string; session: SearchSession; query: string }) {
  const file = useReviewFile(reviewId);
  useEffect(() => {
    if (file) session.prepare(file);
  }, [file, session]);
  const isReady = useSyncExternalStore(session.subscribe, session.isReady);
  // Kinds opened in full, for the query they were opened for.
  const [shown, setShown] = useState<{ query: string; kinds: SearchKind[] }>({ query: '', kinds: [] });
  const openKinds = useMemo(() => (shown.query === query ? shown.kinds : []), [shown, query]);
  const perKind = useMemo(
    () => Object.fromEntries(openKinds.map((kind) => [kind, MAX_PER_KIND])) as Partial<Record<SearchKind, number>>,
    [openKinds],
  );
  const { shown: latest, problem } = useSearchOutcome(session, isReady, file, query, perKind);
  const outcome = latest?.outcome;

  let status = '';
  if (query && file === null) status = 'This review is no longer on this computer.';
  else if (query && problem) status = problem;
  else if (query && !isReady) status = 'Preparing search…';
  else if (query && !latest) status = 'Searching…';
  // Until the new words' results come, the last results stay, named for their own words.
  else if (latest) status = latest.outcome.total === 0 ? `No results for ‘${latest.query}’` : `${plural(latest.outcome.total, 'result')} for ‘${latest.query}’`;

  return (
    <div className="app-search__panel">
      <p role="status" className="govuk-body-s app-search__status">{status}</p>
      {!problem && outcome && outcome.total === 0 && (
        <p className="govuk-body-s app-search__none">Check the spelling, use fewer words or the start of a word.</p>
      )}
      {!problem && outcome && outcome.total > 0 && (
        // Focusable so that a click on a snippet keeps focus (and the panel) inside the search.
        <div className="app-search__results" tabIndex={-1}>
          <p className="govuk-body-s app-search__tip">Use the up and down arrows to move through the results, Escape to go back to the search box.</p>
          {outcome.groups.map((group) => (
            <ResultGroup key={group.kind} group={group} onShowAll={() => setShown({ query, kinds: [...openKinds, group.kind] })} />
          ))}
        </div>
      )}
    </div>
  );
}

function ResultGroup({ group, onShowAll }: { group: SearchGroup; onShowAll: () => void }) {
  const { kind, total, results } = group;
  const headingId = `search-group-${kind}`;
  return (
    <section className="app-search__group" aria-labelledby={headingId}>
      <h2 className="govuk-heading-s app-search__heading" id={headingId}>{GROUP_NAMES[kind]} ({total})</h2>
      <ul className="govuk-list app-search__list">
        {results.map((result) => (
          <li key={result.key} className="app-search__item">
            <a className="govuk-link app-search__link" href={hrefFor(result.target)}>
              {kind === 'notes' && <span className="govuk-visually-hidden">Notes: </span>}
              <Marked {...result.title} />
            </a>
            {result.snippet.text && <p className="govuk-body-s app-search__snippet"><Marked {...result.snippet} /></p>}
          </li>
        ))}
      </ul>
      {total > results.length && results.length <= RESULTS_PER_KIND && (
        <button type="button" className="app-link-button govuk-body-s app-search__more" onClick={onShowAll}>
          Show all {total} {GROUP_NAMES[kind].toLowerCase()}
        </button>
      )}
      {total > results.length && results.length > RESULTS_PER_KIND && (
        <p className="govuk-body-s">Showing the best {results.length}. Add a word to narrow the search.</p>
      )}
    </section>
  );
}
