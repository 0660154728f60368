/** Registers every IPC capability; one handler per channel of the contract. */
import { registerAppInfoHandlers } from './appInfo';
import { registerFileHandlers } from './files';

export function setupIpc(): void {
  registerFileHandlers();
  registerAppInfoHandlers();
}
