/**
 * The Analyse stage: four views of the same evidence, reached by sub-navigation —
 * code passages in an engagement's notes, browse the evidence, see the coverage map,
 * and draw findings. The view is part of the route, so links and Back work.
 */
import { ANALYSE_VIEWS, hrefFor, type AnalyseView, type WorkspaceRoute } from '../../app/router.ts';
import type { Review } from '../../domain/reviewFile.ts';
import { CodingView } from './coding/CodingView.tsx';
import { CoverageView } from './coverage/CoverageView.tsx';
import { EvidenceView } from './evidence/EvidenceView.tsx';
import { FindingsView } from './findings/FindingsView.tsx';

const VIEW_NAMES: Record<AnalyseView, string> = {
  code: 'Code passages',
  evidence: 'Evidence',
  coverage: 'Coverage map',
  findings: 'Findings',
};

export function AnalyseStage({ review, route }: { review: Review; route: WorkspaceRoute }) {
  const view = route.view ?? 'code';
  return (
    <>
      <nav className="moj-sub-navigation" aria-label="Analyse views">
        <ul className="moj-sub-navigation__list">
          {ANALYSE_VIEWS.map((id) => (
            <li key={id} className="moj-sub-navigation__item">
              <a className="moj-sub-navigation__link" href={hrefFor({ page: 'workspace', reviewId: review.id, stage: 'analyse', view: id })} aria-current={id === view ? 'page' : undefined}>
                {VIEW_NAMES[id]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'code' && <CodingView review={review} route={route} />}
      {/* A new coverage-map cell (or none) starts the evidence afresh with its own filter. */}
      {view === 'evidence' && <EvidenceView key={route.passages ? `${route.passages.themeId} ${route.passages.sector ?? ''}` : 'all'} review={review} route={route} />}
      {view === 'coverage' && <CoverageView review={review} route={route} />}
      {view === 'findings' && <FindingsView review={review} route={route} />}
    </>
  );
}
