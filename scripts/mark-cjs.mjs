// The root package.json says "type": "module", so Node and Electron would read the
// compiled dist-electron/*.js as ES modules; this marker makes them load as the
// CommonJS that tsc emitted (sandboxed preloads and the main entry both need that).
import { mkdirSync, writeFileSync } from 'node:fs';

const outDir = new URL('../dist-electron/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('package.json', outDir), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
