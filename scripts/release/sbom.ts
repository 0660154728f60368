/**
 * `npm run sbom [-- --output-dir DIR]`: a CycloneDX SBOM of what a release ships, written to
 * DIR/local-review-<version>.cdx.json (release/ by default; `npm run package` puts it beside
 * the installers). The production dependencies come from the lock file
 * (@cyclonedx/cyclonedx-npm); Electron, a dev dependency only because the packager wants it
 * so, is added with the Chromium and Node it embeds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SupportedElectronTable } from './supportedElectron.ts';
import { electronMajor } from './supportedElectron.ts';

interface Component { 'bom-ref'?: string; type: string; name: string; group?: string; version: string; purl?: string; description?: string; properties?: { name: string; value: string }[] }
interface Bom { components: Component[]; dependencies?: { ref: string; dependsOn?: string[] }[]; metadata: { component: Component & { 'bom-ref': string } } }

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Chromium and Node inside the installed Electron: from its binary where one was downloaded, else the dated table. */
export function embeddedVersions(): { chromium: string; node: string; source: string } {
  const pathFile = 'node_modules/electron/path.txt';
  if (existsSync(pathFile)) {
    const binary = path.join('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
    const result = spawnSync(binary, ['-p', 'JSON.stringify(process.versions)'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8' });
    if (result.status === 0) {
      const versions = JSON.parse(result.stdout) as { chrome: string; node: string };
      return { chromium: versions.chrome, node: versions.node, source: 'read from the installed Electron binary' };
    }
  }
  const table = readJson<SupportedElectronTable>('scripts/release/supportedElectron.json');
  const major = electronMajor(readJson<{ version: string }>('node_modules/electron/package.json').version);
  const line = table.versions[String(major)];
  if (!line) throw new Error(`scripts/release/supportedElectron.json has no Chromium and Node lines for Electron ${major}; add them.`);
  return { ...line, source: `release line from scripts/release/supportedElectron.json (checked ${table.checked}); no Electron binary here to read exact versions from` };
}

/** Adds Electron, Chromium and Node to a BOM made from the lock file. */
export function addElectron(bom: Bom, electronVersion: string, embedded: { chromium: string; node: string; source: string }): Bom {
  const source = [{ name: 'local-review:version-source', value: embedded.source }];
  const electron: Component = { 'bom-ref': `pkg:npm/electron@${electronVersion}`, type: 'framework', name: 'electron', version: electronVersion, purl: `pkg:npm/electron@${electronVersion}`, description: 'The desktop runtime every installer ships' };
  const chromium: Component = { 'bom-ref': `electron-chromium@${embedded.chromium}`, type: 'framework', name: 'chromium', version: embedded.chromium, purl: `pkg:generic/chromium@${embedded.chromium}`, description: `Embedded in Electron ${electronVersion}`, properties: source };
  const node: Component = { 'bom-ref': `electron-node@${embedded.node}`, type: 'framework', name: 'node', version: embedded.node, purl: `pkg:generic/nodejs@${embedded.node}`, description: `Embedded in Electron ${electronVersion}`, properties: source };
  const root = bom.metadata.component['bom-ref'];
  const dependencies = (bom.dependencies ?? []).map((entry) => entry.ref === root ? { ...entry, dependsOn: [...(entry.dependsOn ?? []), electron['bom-ref']!] } : entry);
  return {
    ...bom,
    components: [...bom.components.filter((component) => component.name !== 'electron' || component.group), electron, chromium, node],
    dependencies: [...dependencies, { ref: electron['bom-ref']!, dependsOn: [chromium['bom-ref']!, node['bom-ref']!] }, { ref: chromium['bom-ref']! }, { ref: node['bom-ref']! }],
  };
}

function main(): void {
  const at = process.argv.indexOf('--output-dir');
  const outputDir = at > 0 ? process.argv[at + 1] ?? 'release' : 'release';
  const version = readJson<{ version: string }>('package.json').version;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'local-review-sbom-'));
  try {
    const raw = path.join(scratch, 'bom.json');
    // From the lock file alone, production dependencies only, reproducible (no timestamp or serial).
    execFileSync(process.execPath, [path.resolve('node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js'), '--package-lock-only', '--omit', 'dev',
      '--flatten-components', '--output-reproducible', '--output-format', 'JSON', '--output-file', raw], { stdio: ['ignore', 'ignore', 'inherit'] });
    const electronVersion = readJson<{ version: string }>('node_modules/electron/package.json').version;
    const bom = addElectron(readJson<Bom>(raw), electronVersion, embeddedVersions());
    mkdirSync(outputDir, { recursive: true });
    const file = path.join(outputDir, `local-review-${version}.cdx.json`);
    writeFileSync(file, `${JSON.stringify(bom, null, 2)}\n`);
    console.log(`Wrote ${file}: ${bom.components.length} components (Electron ${electronVersion}, Chromium ${bom.components.at(-2)?.version}, Node ${bom.components.at(-1)?.version})`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Run as a script (npm run sbom); the tests import addElectron without running it.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
