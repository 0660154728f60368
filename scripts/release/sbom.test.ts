import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

interface Component { type: string; name: string; group?: string; version: string; purl?: string; properties?: { name: string; value: string }[] }
interface Bom { bomFormat: string; specVersion: string; components: Component[]; dependencies: { ref: string; dependsOn?: string[] }[]; metadata: { component: { name: string } } }

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const fullName = (component: Component) => (component.group ? `${component.group}/${component.name}` : component.name);
let bom: Bom;
let printed: string;

beforeAll(() => {
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'sbom-'));
  printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/release/sbom.ts', '--output-dir', outputDir], { encoding: 'utf8' });
  bom = JSON.parse(readFileSync(path.join(outputDir, `local-review-${manifest.version}.cdx.json`), 'utf8')) as Bom;
}, 120_000);

describe('npm run sbom', () => {
  it('writes a CycloneDX 1.6 BOM for Local Review', () => {
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.component.name).toBe('local-review');
    expect(printed).toMatch(/^Wrote .*local-review-.*\.cdx\.json: \d+ components \(Electron /);
  });

  it('lists every production dependency of package.json', () => {
    const names = new Set(bom.components.map(fullName));
    expect(Object.keys(manifest.dependencies).filter((name) => !names.has(name))).toEqual([]);
  });

  it('leaves out the development tools (they are not shipped)', () => {
    const names = new Set(bom.components.map(fullName));
    for (const tool of ['vitest', 'eslint', 'typescript', 'vite', '@playwright/test', 'electron-builder', 'fake-indexeddb']) expect(names.has(tool), tool).toBe(false);
  });

  it('adds Electron at the installed version, and the Chromium and Node it embeds', () => {
    const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
    const byName = (name: string) => bom.components.find((component) => component.name === name && !component.group);
    expect(byName('electron')).toMatchObject({ type: 'framework', version: electronVersion, purl: `pkg:npm/electron@${electronVersion}` });
    for (const name of ['chromium', 'node']) {
      const component = byName(name);
      expect(component?.version, name).toMatch(/^\d+(\.\d+)*$/);
      expect(component?.properties?.[0]?.value).toMatch(/Electron binary|supportedElectron\.json/);
    }
    const electronDeps = bom.dependencies.find((entry) => entry.ref === `pkg:npm/electron@${electronVersion}`);
    expect(electronDeps?.dependsOn).toHaveLength(2);
  });
});
