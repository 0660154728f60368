import { describe, expect, it, vi } from 'vitest';
import type { PreloadApi } from '../../../electron/shared/ipc-contract.ts';
import { saveFileRequestSchema } from '../../../electron/main/ipc/schemas.ts';
import { electronHost } from './electronHost.ts';

describe('electronHost.saveFile', () => {
  it('suggests a name the channel accepts however long the title, keeping every word that fits and the suffix', async () => {
    const saveFile = vi.fn<PreloadApi['saveFile']>().mockResolvedValue({ status: 'cancelled' });
    const host = electronHost({ saveFile } as unknown as PreloadApi);
    const title = `Northgate 2025/26 review of ${'serious youth violence and exploitation '.repeat(6)}`.trim();
    await host.saveFile(`${title} (review file)`, 'review-file', new Uint8Array([1]));
    const request = saveFile.mock.calls[0]![0];
    expect(saveFileRequestSchema.safeParse(request).success).toBe(true);
    expect(request.suggestedName).toMatch(/^Northgate 2025-26 review of serious youth violence .*… \(review file\)\.json$/);
  });
});
