/** A list of passages' words, each with where it was heard and a link to it in the notes. */
import type { Excerpt } from '../../../domain/reviewFile.ts';
import { PassageSource } from './PassageSource.tsx';
import type { PassageLookups } from './passageLookups.ts';
import './evidence.scss';

export interface QuotedPassagesProps {
  reviewId: string;
  passages: readonly Excerpt[];
  lookups: PassageLookups;
  label: string;
}

export function QuotedPassages({ reviewId, passages, lookups, label }: QuotedPassagesProps) {
  return (
    <ul className="govuk-list app-quoted-passages" aria-label={label}>
      {passages.map((x) => (
        <li key={x.id}>
          <blockquote className="app-quote">{x.text}</blockquote>
          <p className="govuk-body-s app-quote__source"><PassageSource reviewId={reviewId} excerpt={x} lookups={lookups} /></p>
        </li>
      ))}
    </ul>
  );
}
