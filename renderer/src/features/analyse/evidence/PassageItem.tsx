/**
 * One coded passage in the evidence browser: its words (the label of its tick box, so
 * ticking the text selects it), where it was heard, and how it is coded.
 */
import { Tag } from '../../../components/Tag.tsx';
import { focusTargetId } from '../../../components/useFocusTarget.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import type { Excerpt } from '../../../domain/reviewFile.ts';
import { KindTag } from './KindTag.tsx';
import { PassageSource } from './PassageSource.tsx';
import { sectorsOf, type PassageLookups } from './passageLookups.ts';

export interface PassageItemProps {
  reviewId: string;
  excerpt: Excerpt;
  lookups: PassageLookups;
  isSelected: boolean;
  onToggle: (excerptId: string) => void;
}

export function PassageItem({ reviewId, excerpt, lookups, isSelected, onToggle }: PassageItemProps) {
  const inputId = `passage-${excerpt.id}`;
  const sectors = sectorsOf(lookups.engagementById.get(excerpt.engagementId), lookups);
  const themes = lookups.themesInOrder.filter((t) => excerpt.themeIds.includes(t.id)).map((t) => t.name);
  return (
    <li className={`app-passage${isSelected ? ' app-passage--selected' : ''}`} id={focusTargetId(excerpt.id)} tabIndex={-1}>
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={inputId} type="checkbox" checked={isSelected} onChange={() => onToggle(excerpt.id)}
            aria-describedby={`${inputId}-source`} />
          <label className="govuk-label govuk-checkboxes__label app-passage__text" htmlFor={inputId}>{excerpt.text}</label>
        </div>
      </div>
      <div className="app-passage__details">
        <p className="govuk-body-s govuk-!-margin-bottom-1 app-passage__source">
          <KindTag kind={excerpt.kind} />{' '}
          {excerpt.isQuote ? <Tag text="May be quoted" colour="turquoise" /> : <Tag text="Not for quoting" colour="grey" />}{' '}
          <span id={`${inputId}-source`}><PassageSource reviewId={reviewId} excerpt={excerpt} lookups={lookups} /></span>
        </p>
        <dl className="app-passage__coding govuk-body-s">
          <dt>Sectors</dt><dd>{sectors.map((s) => SECTOR_LABELS[s]).join(', ') || 'None recorded'}</dd>
          <dt>Themes</dt><dd>{themes.join(', ') || 'Not coded to a theme'}</dd>
        </dl>
      </div>
    </li>
  );
}
