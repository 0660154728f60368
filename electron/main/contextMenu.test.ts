import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeWebContents, resetElectronMock } from '../test-support/electronMock';
import { attachContextMenu, buildContextMenuTemplate } from './contextMenu';

vi.mock('electron', () => import('../test-support/electronMock').then((m) => m.electronModule()));

const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true,
  canDelete: true, canEditRichly: false };

const misspelt = {
  misspelledWord: 'organsation',
  dictionarySuggestions: ['organisation', 'organization'],
  isEditable: true,
  selectionText: '',
  editFlags,
};

beforeEach(() => resetElectronMock());

function labelsAndRoles(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => `${item.label ?? ''} ${item.role ?? ''}`);
}

describe('buildContextMenuTemplate', () => {
  it('offers the spelling suggestions, which replace the word', () => {
    const replace = vi.fn();
    const template = buildContextMenuTemplate(misspelt, replace);
    expect(template[0]?.label).toBe('organisation');
    template[0]?.click?.({} as never, undefined, {} as never);
    expect(replace).toHaveBeenCalledWith('organisation');
  });

  it('never offers to add a word to the dictionary, nor to inspect the page', () => {
    const replace = vi.fn();
    const template = buildContextMenuTemplate(misspelt, replace);
    expect(labelsAndRoles(template).join('|')).not.toMatch(/dictionary|learn|inspect|devtools/i);
    // Clicking everything must never store a word.
    for (const item of template) item.click?.({} as never, undefined, {} as never);
    expect(electronMock.session.defaultSession.addWordToSpellCheckerDictionary).not.toHaveBeenCalled();
  });

  it('offers only Copy on selected, non-editable text', () => {
    const template = buildContextMenuTemplate({ ...misspelt, misspelledWord: '', isEditable: false, selectionText: 'text' }, vi.fn());
    expect(template).toEqual([{ role: 'copy', enabled: true }]);
  });

  it('offers nothing on plain page background', () => {
    expect(buildContextMenuTemplate({ ...misspelt, misspelledWord: '', isEditable: false }, vi.fn())).toEqual([]);
  });
});

describe('attachContextMenu', () => {
  it('pops the menu up on right-click in an editable field', () => {
    const contents = new FakeWebContents();
    // The fake stands in for WebContents, whose full type it does not implement.
    attachContextMenu(contents as unknown as Parameters<typeof attachContextMenu>[0]);
    contents.emit('context-menu', {}, misspelt);
    expect(electronMock.Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(electronMock.Menu.popup).toHaveBeenCalledOnce();
  });
});
