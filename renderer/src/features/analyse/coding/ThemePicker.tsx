/**
 * Themes for a passage, chosen in a few keystrokes: type to narrow the list, Enter
 * chooses (or un-chooses) the first match, the down arrow moves into the list, where the
 * arrows move and Space or Enter ticks. The list is one Tab stop (a roving tab index), so
 * twenty themes are not twenty Tab stops.
 */
import { useState, type KeyboardEvent } from 'react';
import { hrefFor } from '../../../app/router.ts';
import type { Theme } from '../../../domain/reviewFile.ts';
import { themeTree } from '../../../domain/themeOrder.ts';
import { UserText } from '../../../components/UserText.tsx';

export interface ThemePickerProps {
  /** Prefix of the picker's ids; also the group's id, for error links. */
  id: string;
  reviewId: string;
  themes: readonly Theme[];
  chosen: readonly string[];
  error: string | undefined;
  onToggle: (themeId: string) => void;
}

const folded = (text: string) => text.toLocaleLowerCase('en-GB');

export function ThemePicker({ id, reviewId, themes, chosen, error, onToggle }: ThemePickerProps) {
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | undefined>();
  const [said, setSaid] = useState('');
  const tree = themeTree(themes);
  const shown = query.trim() ? tree.filter(({ theme }) => folded(theme.name).includes(folded(query.trim()))) : tree;
  const active = shown.find((t) => t.theme.id === activeId)?.theme.id ?? shown[0]?.theme.id;
  const boxId = (themeId: string) => `${id}-${themeId}`;
  const nameOf = (themeId: string) => tree.find((t) => t.theme.id === themeId)?.theme.name ?? '';

  const toggle = (themeId: string) => {
    setSaid(`${chosen.includes(themeId) ? 'Removed' : 'Chosen'}: ${nameOf(themeId)}.`);
    onToggle(themeId);
  };
  const focusBox = (themeId: string | undefined) => {
    if (themeId === undefined) return;
    setActiveId(themeId);
    document.getElementById(boxId(themeId))?.focus();
  };
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter never submits from here: it chooses the first match and clears the filter for the next.
      event.preventDefault();
      const first = shown[0]?.theme.id;
      if (first === undefined || !query.trim()) return;
      toggle(first);
      setQuery('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusBox(active);
    }
  };
  const onListKey = (event: KeyboardEvent<HTMLInputElement>, themeId: string) => {
    const at = shown.findIndex((t) => t.theme.id === themeId);
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: shown.length - 1 }[event.key];
    if (event.key === 'Enter') {
      event.preventDefault();
      toggle(themeId);
    } else if (move !== undefined) {
      event.preventDefault();
      if (move < 0) document.getElementById(`${id}-filter`)?.focus();
      else focusBox(shown[Math.min(move, shown.length - 1)]?.theme.id);
    }
  };

  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`} id={id}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Themes</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          Choose every theme the passage speaks to. Type to narrow the list and press Enter to choose the first match; the down arrow moves into the list.
        </div>
        {error && <p className="govuk-error-message" id={`${id}-error`}><span className="govuk-visually-hidden">Error:</span> {error}</p>}
        {tree.length === 0 ? (
          <p className="govuk-body">This review has no themes yet. <a className="govuk-link" href={hrefFor({ page: 'workspace', reviewId, stage: 'scope' })}>Add themes in the Scope stage</a>.</p>
        ) : (
          <>
            <label className="govuk-label" htmlFor={`${id}-filter`}>Filter themes</label>
            <input className="govuk-input app-theme-filter" id={`${id}-filter`} type="text" autoComplete="off" spellCheck={false}
              value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onFilterKey} aria-describedby={`${id}-count`} />
            <p className="govuk-body-s govuk-!-margin-bottom-1" id={`${id}-count`} role="status">
              {query.trim() ? `${shown.length} of ${tree.length} themes match.` : ''} {said}
            </p>
            <div className="govuk-checkboxes govuk-checkboxes--small app-theme-list">
              {shown.length === 0 && <p className="govuk-body-s">No theme matches “{query.trim()}”.</p>}
              {shown.map(({ theme, depth }) => (
                <div className={`govuk-checkboxes__item app-theme-choice--depth-${Math.min(depth, 3)}`} key={theme.id}>
                  <input className="govuk-checkboxes__input" id={boxId(theme.id)} type="checkbox" tabIndex={theme.id === active ? 0 : -1}
                    checked={chosen.includes(theme.id)} onChange={() => toggle(theme.id)} onFocus={() => setActiveId(theme.id)}
                    onKeyDown={(e) => onListKey(e, theme.id)} />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId(theme.id)}><UserText text={theme.name} /></label>
                </div>
              ))}
            </div>
            <p className="govuk-body-s govuk-!-margin-bottom-0" data-testid={`${id}-chosen`}>
              Chosen: {chosen.length === 0 ? 'none yet' : tree.filter((t) => chosen.includes(t.theme.id)).map((t) => t.theme.name).join(', ')}
            </p>
          </>
        )}
      </fieldset>
    </div>
  );
}
