import { describe, expect, it } from 'vitest';
import { BlockedChangeError } from '../db/writes.ts';
import { plainMessage, runCommand, type Command } from './commands.ts';
import type { FocusTarget } from '../components/focus.ts';
import type { Notice } from './notices.tsx';

interface Thing { id: string; name: string }

function harness() {
  const notices: Notice[] = [];
  const focused: FocusTarget[] = [];
  return { notices, focused, effects: { notify: (n: Notice) => notices.push(n), focus: (t: FocusTarget) => focused.push(t) } };
}

const thing: Thing = { id: 't1', name: 'Gangs' };

function command(overrides: Partial<Command<Thing, { removed: Thing; alsoRemoved: number }>> = {}) {
  const store = new Map([[thing.id, thing]]);
  const spec: Command<Thing, { removed: Thing; alsoRemoved: number }> = {
    failure: 'Could not remove the theme',
    run: async (t) => {
      store.delete(t.id);
      return { removed: t, alsoRemoved: 2 };
    },
    describe: (done, t) => `Removed “${t.name}” and ${done.alsoRemoved} sub-themes.`,
    undo: async (done) => { store.set(done.removed.id, done.removed); },
    focusAfter: () => 'themes-heading',
    focusAfterUndo: (_, t) => `item-${t.id}`,
    ...overrides,
  };
  return { spec, store };
}

describe('runCommand', () => {
  it('makes the change, confirms it in the reviewer’s words and moves focus to the stated place', async () => {
    const { spec, store } = command();
    const { notices, focused, effects } = harness();
    expect(await runCommand(spec, thing, effects)).toBe(true);
    expect(store.has('t1')).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'success', text: 'Removed “Gangs” and 2 sub-themes.' });
    expect(focused).toEqual(['themes-heading']);
  });

  it('offers Undo, which puts it back and returns focus to the restored item', async () => {
    const { spec, store } = command();
    const { notices, focused, effects } = harness();
    await runCommand(spec, thing, effects);
    await notices[0]!.undo!();
    expect(store.get('t1')).toBe(thing);
    expect(focused).toEqual(['themes-heading', 'item-t1']);
  });

  it('says a failure in the repository’s own plain words, under the command’s title, and moves no focus', async () => {
    const { spec } = command({ run: () => Promise.reject(new BlockedChangeError('Gangs has sub-themes; move or remove them first.')) });
    const { notices, focused, effects } = harness();
    expect(await runCommand(spec, thing, effects)).toBe(false);
    expect(notices).toEqual([{ kind: 'important', title: 'Could not remove the theme', text: 'Gangs has sub-themes; move or remove them first.' }]);
    expect(focused).toEqual([]);
  });

  it('turns an undo that fails into a plain message for the notice, and leaves focus alone', async () => {
    const { spec } = command({ undo: () => Promise.reject(new Error('ConstraintError: Key already exists')) });
    const { notices, focused, effects } = harness();
    await runCommand(spec, thing, effects);
    await expect(notices[0]!.undo!()).rejects.toThrow(/^Something went wrong, so nothing was changed\. .*Key already exists/);
    expect(focused).toEqual(['themes-heading']);
  });

  it('offers no Undo and moves no focus when the command declares none', async () => {
    const { spec } = command({ undo: undefined, focusAfter: undefined });
    const { notices, focused, effects } = harness();
    await runCommand(spec, thing, effects);
    expect(notices[0]!.undo).toBeUndefined();
    expect(focused).toEqual([]);
  });
});

describe('plainMessage', () => {
  it('keeps the repositories’ sentences and explains anything else', () => {
    expect(plainMessage(new BlockedChangeError('That action has been deleted since.'))).toBe('That action has been deleted since.');
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(plainMessage(quota)).toBe('This computer’s storage is full, so nothing was changed. Free some space and try again.');
    expect(plainMessage('boom')).toContain('nothing was changed');
  });
});
