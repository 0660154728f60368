/**
 * A command (see commands.ts) bound to the app's notices and focus helper. Declare the
 * command at module level so the returned function keeps its identity across renders.
 */
import { useCallback } from 'react';
import { runCommand, type Command } from './commands.ts';
import { focusAfter } from '../components/focus.ts';
import { useNotices } from './notices.tsx';

export function useCommand<Input, Done>(command: Command<Input, Done>): (input: Input) => Promise<boolean> {
  const { notify } = useNotices();
  return useCallback((input: Input) => runCommand(command, input, { notify, focus: (target) => focusAfter(target) }), [command, notify]);
}
