/** In-page entry for bench/browser/encryption.ts: the encryption measures, on Chromium's IndexedDB. */
import type { ReviewFile } from '../../renderer/src/domain/reviewFile.ts';
import { importAndRead, unlockSamples } from '../encryptionCore.ts';

(globalThis as unknown as { runEncryptionBench: unknown }).runEncryptionBench = async (json: string, runs: number) => {
  const file = JSON.parse(json) as ReviewFile;
  return { ...(await importAndRead(file, runs)), unlock: await unlockSamples(runs) };
};
