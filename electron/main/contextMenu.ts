/**
 * The right-click menu: spelling suggestions and the usual editing commands, and
 * deliberately no "Add to dictionary" (names would be stored in plain text) and no
 * "Inspect element".
 */
import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';

type MenuParams = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** The menu for one right-click; empty when there is nothing useful to offer. */
export function buildContextMenuTemplate(
  params: MenuParams,
  replaceMisspelling: (word: string) => void,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    for (const suggestion of params.dictionarySuggestions.slice(0, 6)) {
      items.push({ label: suggestion, click: () => replaceMisspelling(suggestion) });
    }
    if (params.dictionarySuggestions.length === 0) items.push({ label: 'No suggestions', enabled: false });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: params.editFlags.canCopy });
  }
  // Drop a trailing separator left when only suggestions were added.
  if (items.at(-1)?.type === 'separator') items.pop();
  return items;
}

/** Shows buildContextMenuTemplate's menu on right-click in `contents`. */
export function attachContextMenu(contents: Pick<WebContents, 'on' | 'replaceMisspelling'>): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, (word) => contents.replaceMisspelling(word));
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
