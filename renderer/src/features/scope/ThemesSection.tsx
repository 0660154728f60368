/** The theme framework in scope: a tree of themes to add, edit, reorder and remove. */
import { useState } from 'react';
import { AddForm } from '../../components/AddForm.tsx';
import { AutosaveField } from '../../components/AutosaveField.tsx';
import { Button } from '../../components/Button.tsx';
import type { Command } from '../../app/commands.ts';
import { useCommand } from '../../app/useCommand.ts';
import { useSaveStatus } from '../../app/saveStatus.tsx';
import type { Row } from '../../db/database.ts';
import { db } from '../../db/index.ts';
import { addThemes, moveTheme, removeTheme, restoreTheme, updateTheme } from '../../db/themeRepository.ts';
import type { Review, Theme } from '../../domain/reviewFile.ts';
import { siblingsOf, themeTree } from '../../domain/themeOrder.ts';
import { useThemes } from '../workspace/useReviewData.ts';
import { TemplateThemePicker } from './TemplateThemePicker.tsx';
import { plural } from '../../domain/words/index.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { visibleText } from '../../domain/words/index.ts';

const removeThemeCommand: Command<Theme, Row<Theme>> = {
  failure: 'Could not remove the theme',
  run: (theme) => removeTheme(db, theme.id),
  describe: (_, theme) => `Removed the theme “${theme.name}”.`,
  undo: (row) => restoreTheme(db, row),
  focusAfter: () => 'themes-heading',
  focusAfterUndo: (_, theme) => `theme-${theme.id}-name`,
};

export function ThemesSection({ review }: { review: Review }) {
  const themes = useThemes(review.id);
  const { track } = useSaveStatus();
  const remove = useCommand(removeThemeCommand);
  const [name, setName] = useState('');
  const [parent, setParent] = useState('');

  const add = async () => {
    if (!name.trim()) return 'Enter the theme’s name';
    if (!(await track(() => addThemes(db, review.id, [{ name: name.trim(), ...(parent && { parent }) }])))) return 'The theme could not be added';
    setName('');
    return undefined;
  };

  if (!themes) return null;
  const tree = themeTree(themes);
  return (
    <section aria-labelledby="themes-heading">
      <h2 className="govuk-heading-m" id="themes-heading">Themes in scope</h2>
      <p className="govuk-body">{themes.length === 0 ? 'No themes yet. Take them from the template or add your own.' : `${plural(themes.length, 'theme')}. What practitioners say is coded against these.`}</p>
      {tree.length > 0 && (
        <TableScroll label="Themes in scope">
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Themes in scope, sub-themes indented under their parent</caption>
            <thead className="govuk-table__head"><tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Theme</th>
              <th scope="col" className="govuk-table__header">Order and removal</th>
            </tr></thead>
            <tbody className="govuk-table__body">
              {tree.map(({ theme, depth }) => {
                const siblings = siblingsOf(themes, theme.parentId);
                const position = siblings.findIndex((t) => t.id === theme.id);
                return (
                  <tr className={`govuk-table__row app-theme-row--depth-${Math.min(depth, 3)}`} key={theme.id}>
                    <td className="govuk-table__cell">
                      <AutosaveField id={`theme-${theme.id}-name`} label={depth > 0 ? `Sub-theme name: ${theme.name}` : `Theme name: ${theme.name}`} isLabelHidden value={theme.name} width="full"
                        validate={(v) => (v.trim() ? undefined : 'Enter the theme’s name')} onSave={(v) => updateTheme(db, { id: theme.id, name: v, description: theme.description })} />
                      <AutosaveField id={`theme-${theme.id}-description`} label={<>Description<span className="govuk-visually-hidden"> of {theme.name}</span></>} value={theme.description ?? ''} multiline rows={2} width="full"
                        onSave={(v) => updateTheme(db, { id: theme.id, name: theme.name, description: v })} />
                    </td>
                    <td className="govuk-table__cell">
                      <div className="app-inline-actions">
                        <Button variant="secondary" disabled={position === 0} aria-label={`Move ${theme.name} up`} onClick={() => void track(() => moveTheme(db, theme.id, -1))}>Up</Button>
                        <Button variant="secondary" disabled={position === siblings.length - 1} aria-label={`Move ${theme.name} down`} onClick={() => void track(() => moveTheme(db, theme.id, 1))}>Down</Button>
                        <Button variant="secondary" aria-label={`Remove ${theme.name}`} onClick={() => void remove(theme)}>Remove</Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <TemplateThemePicker review={review} themes={themes} />
      <AddForm legend="Add a theme" submitLabel="Add theme" onAdd={add}>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="new-theme-name">Theme name</label>
          <input id="new-theme-name" className="govuk-input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="new-theme-parent">Part of</label>
          <select id="new-theme-parent" className="govuk-select" value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">None (a top-level theme)</option>
            {tree.map(({ theme, depth }) => <option key={theme.id} value={theme.id}>{`${'— '.repeat(depth)}${visibleText(theme.name)}`}</option>)}
          </select>
        </div>
      </AddForm>
    </section>
  );
}
