/**
 * One coded passage in the evidence browser: its words (the label of its tick box, so
 * ticking the text selects it), where it was heard and who said it, how it is coded, and
 * the findings that cite it (or that none does yet).
 */
import { hrefFor } from '../../../app/router.ts';
import { Tag } from '../../../components/Tag.tsx';
import { focusTargetId } from '../../../components/useFocusTarget.ts';
import { speakerOf } from '../../../domain/evidence.ts';
import { SECTOR_LABELS } from '../../../domain/labels.ts';
import type { Excerpt, Finding } from '../../../domain/reviewFile.ts';
import { KindTag } from './KindTag.tsx';
import { PassageSource } from './PassageSource.tsx';
import type { PassageLookups } from './passageLookups.ts';

export interface PassageItemProps {
  reviewId: string;
  excerpt: Excerpt;
  lookups: PassageLookups;
  /** The findings that cite this passage, in the findings' order. */
  citedBy: readonly Pick<Finding, 'id' | 'title'>[];
  isSelected: boolean;
  onToggle: (excerptId: string) => void;
}

/** Who said a passage, in words: "Agency (Sector)", or why it is not attributed. */
function saidBy(excerpt: Excerpt, lookups: PassageLookups): string {
  const engagement = lookups.engagementById.get(excerpt.engagementId);
  const agency = lookups.agencyById.get(speakerOf(excerpt, engagement) ?? '');
  if (agency) return `${agency.name} (${SECTOR_LABELS[agency.sector]})`;
  const present = engagement?.agencyIds.length ?? 0;
  return present === 0 ? 'Not attributed: no agency recorded for the engagement' : `Not attributed: one of the ${present} agencies present`;
}

export function PassageItem({ reviewId, excerpt, lookups, citedBy, isSelected, onToggle }: PassageItemProps) {
  const inputId = `passage-${excerpt.id}`;
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
          <dt>Said by</dt><dd>{saidBy(excerpt, lookups)}</dd>
          <dt>Themes</dt><dd>{themes.join(', ') || 'Not coded to a theme'}</dd>
          <dt>Findings</dt>
          <dd>
            {citedBy.length === 0 ? 'Not yet used in a finding' : citedBy.map((f, i) => (
              <span key={f.id}>{i > 0 && '; '}<a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'analyse', view: 'findings', focus: f.id })}>{f.title || 'Untitled finding'}</a></span>
            ))}
          </dd>
        </dl>
      </div>
    </li>
  );
}
