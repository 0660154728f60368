/** The app-info capability: the version shown in the interface and in exported files. */
import { app } from 'electron';
import { handleChannel } from './guard';
import { appVersionRequestSchema } from './schemas';

/** Registers app-version. */
export function registerAppInfoHandlers(): void {
  handleChannel('app-version', appVersionRequestSchema, () => app.getVersion());
}
