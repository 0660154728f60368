/**
 * The preview of a merge: what comes across by itself (new, changed, removed, by entity
 * and field) and every conflict to decide, one by one or all at once. Nothing is written
 * until "Apply merge"; applying is one step that one Undo takes back.
 */
import { useCallback, useMemo, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { conflictKey, defaultChoice, entityName, fieldLabel, namesById, TABLE_LABELS, type MergeConflict, type MergePlan } from '../../domain/merge/index.ts';
import type { MergeChoice } from '../../domain/reviewFile.ts';
import { count, plural } from '../../domain/words/counts.ts';
import { ConflictChoice } from './ConflictChoice.tsx';

const PAGE = 100;
const KIND_WORDS = { added: 'New', changed: 'Changed', removed: 'Removed' } as const;

export interface MergePreviewProps {
  plan: MergePlan;
  fileName: string;
  onApply: (choices: ReadonlyMap<string, MergeChoice>, from: string) => Promise<void>;
  onCancel: () => void;
}

export function MergePreview({ plan, fileName, onApply, onCancel }: MergePreviewProps) {
  const [choices, setChoices] = useState<Map<string, MergeChoice>>(() => new Map(plan.conflicts.map((c) => [conflictKey(c), defaultChoice(c)])));
  const [from, setFrom] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [isApplying, setApplying] = useState(false);
  const names = useMemo(() => namesById(plan), [plan]);
  const entities = useMemo(() => new Map(plan.entities.map((e) => [`${e.table}:${e.id}`, e])), [plan]);
  const choose = useCallback((c: MergeConflict, choice: MergeChoice) => setChoices((old) => new Map(old).set(conflictKey(c), choice)), []);
  const chooseAll = (side: 'ours' | 'theirs') => setChoices(new Map(plan.conflicts.map((c) => [conflictKey(c), side])));
  const { added, changed, removed, conflicts } = plan.summary;

  const apply = async () => {
    setApplying(true);
    try {
      await onApply(choices, from);
    } finally {
      setApplying(false);
    }
  };

  return (
    <section className="app-merge-preview" aria-labelledby="merge-preview-heading">
      <h2 className="govuk-heading-m" id="merge-preview-heading" tabIndex={-1}>Merge preview: {fileName}</h2>
      <p className="govuk-body">
        {plan.mode === 'three-way'
          ? 'This file and your review both started from a file this computer kept, so changes made on one side only come across by themselves. Only what you both changed differently is listed for you to decide.'
          : 'This computer has no common starting point for this file, so every difference is listed for you to decide. Nothing is removed unless you choose it.'}
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border" aria-label="What the merge brings">
        {([['New', added], ['Changed', changed], ['Removed', removed], ['Conflicts to decide', conflicts]] as const).map(([label, n]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{count(n)}</dd>
          </div>
        ))}
      </dl>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="merge-from">Whose file is this? (optional, for the merge log)</label>
        <input className="govuk-input govuk-!-width-one-half" id="merge-from" type="text" value={from} onChange={(e) => setFrom(e.target.value)} autoComplete="off" />
      </div>

      {plan.conflicts.length > 0 && (
        <section aria-labelledby="merge-conflicts-heading">
          <h3 className="govuk-heading-s" id="merge-conflicts-heading">{plural(plan.conflicts.length, 'conflict')} to decide</h3>
          <div className="govuk-button-group">
            <Button variant="secondary" isSmall onClick={() => chooseAll('ours')}>Keep mine for every conflict</Button>
            <Button variant="secondary" isSmall onClick={() => chooseAll('theirs')}>Take theirs for every conflict</Button>
          </div>
          {plan.conflicts.slice(0, shown).map((c, i) => (
            <ConflictChoice key={conflictKey(c)} conflict={c} index={i} entity={entities.get(`${c.table}:${c.id}`)}
              choice={choices.get(conflictKey(c)) ?? defaultChoice(c)} names={names} onChoose={choose} />
          ))}
          {shown < plan.conflicts.length && (
            <p className="govuk-body">
              {count(plan.conflicts.length - shown)} more take the choice above for every conflict, or your own once shown.{' '}
              <Button variant="secondary" isSmall onClick={() => setShown((n) => n + PAGE)}>Show {count(Math.min(PAGE, plan.conflicts.length - shown))} more conflicts</Button>
            </p>
          )}
        </section>
      )}

      {plan.changes.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary"><span className="govuk-details__summary-text">What comes across by itself ({count(plan.changes.length)})</span></summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet" aria-label="Changes that need no decision">
              {plan.changes.slice(0, 500).map((change) => {
                const e = entities.get(`${change.table}:${change.id}`);
                const fields = change.fields.length ? `: ${change.fields.map(fieldLabel).join(', ')}` : '';
                return <li key={`${change.table}:${change.id}`}>{KIND_WORDS[change.kind]} {TABLE_LABELS[change.table].toLowerCase()} “{entityName(change.table, e?.theirs ?? e?.ours)}”{fields}</li>;
              })}
            </ul>
            {plan.changes.length > 500 && <p className="govuk-body">and {count(plan.changes.length - 500)} more.</p>}
          </div>
        </details>
      )}

      <div className="govuk-button-group">
        <Button onClick={() => void apply()} disabled={isApplying}>{isApplying ? 'Merging…' : 'Apply merge'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel merge</Button>
      </div>
    </section>
  );
}
