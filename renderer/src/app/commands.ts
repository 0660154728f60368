/**
 * The one way to run a destructive change (delete, remove), declared once per command
 * in the spirit of Excalidraw's actions and Actual's `undoable(fn)`:
 *
 *   const deleteThing: Command<Thing, Deleted> = {
 *     failure: 'Could not delete the thing',
 *     run: (thing) => deleteThing(db, thing.id),            // one repository call
 *     describe: (deleted, thing) => `Deleted “${thing.name}”.`,
 *     undo: (deleted) => restoreThing(db, deleted),
 *     focusAfter: () => 'things-heading',                   // where the reviewer lands
 *     focusAfterUndo: (_, thing) => `item-${thing.id}`,     // back on the restored item
 *   };
 *
 * `runCommand` does the rest the same way every time: the confirmation (with Undo) or the
 * problem goes to the one notice channel, failures are said in plain English and changed
 * nothing (every repository write is one transaction), and focus moves to the stated
 * element once it is on screen. Pure: the notice and focus effects are passed in, so the
 * runner is tested without a DOM; `useCommand` binds it to the app.
 */
import type { Notice } from './notices.tsx';
import type { FocusTarget } from '../components/focus.ts';

export interface Command<Input, Done = unknown> {
  /** The problem notice's title when the change fails, e.g. "Could not delete the action". */
  failure: string;
  /** Makes the change (one repository call, one transaction) and returns what undo needs. */
  run: (input: Input) => Promise<Done>;
  /** The confirmation, in the reviewer's words: what went, and what went with it. */
  describe: (done: Done, input: Input) => string;
  /** Puts it back; offered as the notice's Undo. */
  undo?: (done: Done, input: Input) => Promise<unknown>;
  /** Where focus goes after the change (the control used may be gone). */
  focusAfter?: (done: Done, input: Input) => FocusTarget | undefined;
  /** Where focus goes after Undo: normally the restored item. */
  focusAfterUndo?: (done: Done, input: Input) => FocusTarget | undefined;
}

export interface CommandEffects {
  notify: (notice: Notice) => void;
  focus: (target: FocusTarget) => unknown;
}

// Errors the repositories raise with a sentence meant for the reviewer.
const PLAIN_ERRORS = new Set(['BlockedChangeError', 'ReviewNotFoundError', 'ReviewFileError', 'FrameworkFileError', 'TrainingError', 'ResultsFileError']);

/** A failure in plain English: the repositories' own sentences, otherwise what happened and what to do. */
export function plainMessage(error: unknown): string {
  if (error instanceof Error && PLAIN_ERRORS.has(error.name)) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'This computer’s storage is full, so nothing was changed. Free some space and try again.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong, so nothing was changed. Try again; if it keeps happening, restart Local Review. (${detail})`;
}

/** Runs the command; resolves true when the change was made. Never throws. */
export async function runCommand<Input, Done>(command: Command<Input, Done>, input: Input, effects: CommandEffects): Promise<boolean> {
  let done: Done;
  try {
    done = await command.run(input);
  } catch (error) {
    effects.notify({ kind: 'important', title: command.failure, text: plainMessage(error) });
    return false;
  }
  const { undo, focusAfterUndo } = command;
  effects.notify({
    kind: 'success',
    text: command.describe(done, input),
    ...(undo && {
      undo: async () => {
        try {
          await undo(done, input);
        } catch (error) {
          // The notice shows this message under "Could not undo".
          throw new Error(plainMessage(error), { cause: error });
        }
        const target = focusAfterUndo?.(done, input);
        if (target !== undefined) effects.focus(target);
      },
    }),
  });
  const target = command.focusAfter?.(done, input);
  if (target !== undefined) effects.focus(target);
  return true;
}
