// Serves the built renderer (dist/renderer) on http://127.0.0.1 for browser use and
// end-to-end tests: `npm run web` builds first, then runs this. PORT picks the port
// (default 4173; PORT=0 chooses a free one). Nothing listens beyond 127.0.0.1.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './serveStatic.mjs';

const root = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

const rawPort = process.env.PORT ?? '4173';
const port = /^\d+$/.test(rawPort) ? Number(rawPort) : Number.NaN;
if (!Number.isInteger(port) || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535 (got "${rawPort}").`);
  process.exit(1);
}

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`The app has not been built: ${path.join(root, 'index.html')} is missing.`);
  console.error('Run `npm run web` to build it and start the server.');
  process.exit(1);
}

let running;
try {
  running = await createServer({ root, port });
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code;
  if (code === 'EADDRINUSE') console.error(`Port ${port} on 127.0.0.1 is already in use. Set PORT to another port (or PORT=0).`);
  else console.error(`Could not start the server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

console.log(`Local Review is running at ${running.url}`);

let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`Received ${signal}; stopping.`);
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
