/** MOJ side navigation across a review's overview and its stages. */
import { hrefFor } from '../../app/router.ts';
import { SCREENS, type ScreenId } from '../../app/stages.ts';

export function StageNavigation({ reviewId, current }: { reviewId: string; current: ScreenId }) {
  return (
    <nav className="moj-side-navigation" aria-label="Stages of the review">
      <ul className="moj-side-navigation__list">
        {SCREENS.map((stage) => (
          <li key={stage.id} className={`moj-side-navigation__item${stage.id === current ? ' moj-side-navigation__item--active' : ''}`}>
            <a href={hrefFor({ page: 'workspace', reviewId, stage: stage.id })} aria-current={stage.id === current ? 'page' : undefined}>
              {stage.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
