/**
 * The evidence browser: every coded passage, in the order it was heard, narrowed by
 * theme, kind, the agency and sector heard, use in findings and words; each shows the
 * findings that cite it. Ticked passages become the evidence of a new finding. A link
 * from a coverage-map cell (`?theme=…&sector=…`) opens it narrowed to that cell.
 */
import { useMemo, useState } from 'react';
import { hrefFor, navigate, type WorkspaceRoute } from '../../../app/router.ts';
import { Button } from '../../../components/Button.tsx';
import { useFocusTarget } from '../../../components/useFocusTarget.ts';
import { useToggleSet } from '../../../components/useToggleSet.ts';
import { sectorsInScope } from '../../../domain/coverage.ts';
import { filterPassages, findingDefaults, isSectorHeard, passagesInOrder, type PassageFilter } from '../../../domain/passageFilter.ts';
import type { Finding, Review } from '../../../domain/reviewFile.ts';
import { useReviewFile } from '../../workspace/useReviewFile.ts';
import { FindingForm } from '../findings/FindingForm.tsx';
import { focusSoon } from '../findings/focusSoon.ts';
import { PassageFilters } from './PassageFilters.tsx';
import { PassageItem } from './PassageItem.tsx';
import { passageLookups } from './passageLookups.ts';
import './evidence.scss';

const plural = (n: number) => `${n.toLocaleString('en-GB')} passage${n === 1 ? '' : 's'}`;
/** Passages listed at a time: a large review has thousands, and a list that long is slow to draw and to read. */
const PAGE_SIZE = 100;
const MAKE_BUTTON_ID = 'make-finding';

/** The filter a link asks for: a theme, and a sector heard or none. */
function filterOf(route: WorkspaceRoute): PassageFilter {
  const cell = route.passages;
  if (!cell) return {};
  return { themeId: cell.themeId, isThemeExact: true, ...(cell.sector !== undefined && isSectorHeard(cell.sector) && { sector: cell.sector }) };
}

export function EvidenceView({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const file = useReviewFile(review.id);
  const [filter, setFilter] = useState<PassageFilter>(() => filterOf(route));
  const [isMaking, setIsMaking] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const selection = useToggleSet();
  const lookups = useMemo(() => (file ? passageLookups(file) : undefined), [file]);
  const findings = file?.findings;
  const citedBy = useMemo(() => {
    const out = new Map<string, Finding[]>();
    for (const finding of findings ?? []) {
      for (const id of new Set(finding.excerptIds)) out.set(id, [...(out.get(id) ?? []), finding]);
    }
    return out;
  }, [findings]);
  // Not again on every tick of a passage: a pass over every passage at 3,000 engagements.
  const shown = useMemo(() => (file ? filterPassages(file, filter) : []), [file, filter]);
  useFocusTarget(route.focus, Boolean(file));

  if (!file || !lookups) return <p className="govuk-body">Loading the evidence…</p>;
  const all = passagesInOrder(file);
  // Passages uncoded since they were ticked drop out of the selection.
  const selected = all.filter((x) => selection.chosen.has(x.id));
  const shownIds = new Set(shown.map((x) => x.id));
  const hidden = selected.filter((x) => !shownIds.has(x.id)).length;
  const listed = shown.slice(0, limit);
  const changeFilter = (next: PassageFilter) => { setFilter(next); setLimit(PAGE_SIZE); };
  const codeHref = hrefFor({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'code' });

  return (
    <section aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-m" id="evidence-heading">Evidence</h2>
      {all.length === 0 ? (
        <p className="govuk-body">
          No passages have been coded yet. <a className="govuk-link" href={codeHref}>Code passages in the engagements’ notes</a> against your themes, and they will all be here to browse and to draw findings from.
        </p>
      ) : (
        <>
          <p className="govuk-body">Every passage coded in the engagements’ notes. Tick the passages that support one point and make a finding from them.</p>
          <PassageFilters filter={filter} themes={lookups.themesInOrder} agencies={file.agencies} sectors={sectorsInScope(file)} onChange={changeFilter} />
          <p className="govuk-body" role="status">{shown.length === all.length ? `${plural(all.length)}.` : `Showing ${shown.length} of ${plural(all.length)}.`}</p>
          {isMaking && selected.length > 0 ? (
            <FindingForm reviewId={review.id} lookups={lookups} evidence={selected}
              initial={findingDefaults(selected, file.themes)}
              onCancel={() => { setIsMaking(false); focusSoon(MAKE_BUTTON_ID); }}
              onDone={(findingId) => navigate({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: 'findings', focus: findingId })} />
          ) : (
            <div className="app-selection-bar">
              {selected.length === 0 ? (
                <p className="govuk-body govuk-!-margin-bottom-0">Tick passages to make a finding from them.</p>
              ) : (
                <>
                  <Button id={MAKE_BUTTON_ID} onClick={() => setIsMaking(true)}>{`Make a finding from ${selected.length} selected passage${selected.length === 1 ? '' : 's'}`}</Button>
                  <button type="button" className="govuk-link app-link-button" onClick={selection.clear}>Clear selection</button>
                  {hidden > 0 && <p className="govuk-body-s govuk-!-margin-bottom-0">{hidden} of them {hidden === 1 ? 'is' : 'are'} hidden by the filters.</p>}
                </>
              )}
            </div>
          )}
          {shown.length === 0 ? (
            <p className="govuk-body">No passages match these filters.</p>
          ) : (
            <ul className="govuk-list app-passages" aria-label="Coded passages">
              {listed.map((x) => (
                <PassageItem key={x.id} reviewId={review.id} excerpt={x} lookups={lookups} citedBy={citedBy.get(x.id) ?? []} isSelected={selection.chosen.has(x.id)} onToggle={selection.toggle} />
              ))}
            </ul>
          )}
          {listed.length < shown.length && (
            <Button variant="secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
              {`Show ${Math.min(PAGE_SIZE, shown.length - listed.length)} more passages (${listed.length.toLocaleString('en-GB')} of ${plural(shown.length)} listed)`}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
