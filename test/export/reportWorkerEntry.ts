/** A Web Worker that builds the Word report, for report.worker.test.ts (the app's own worker comes later). */
import { buildReportDocx } from '../../renderer/src/export/report/buildReportDocx.ts';

self.onmessage = async (event: MessageEvent) => {
  try {
    const bytes = await buildReportDocx(event.data, { today: '2026-04-24', onProgress: (p) => self.postMessage({ progress: p.step }) });
    self.postMessage({ length: bytes.length, zip: String.fromCharCode(bytes[0]!, bytes[1]!), buffer: typeof (globalThis as { Buffer?: unknown }).Buffer });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
