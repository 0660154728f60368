/** README and SECURITY.md point readers to the guide and the security policy, and say what the app never does. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const security = readFileSync('SECURITY.md', 'utf8');

describe('release documents', () => {
  it('README links the user guide and SECURITY.md, and both exist', () => {
    expect(readme).toContain('](docs/guide/index.md)');
    expect(readme).toContain('](SECURITY.md)');
    expect(existsSync('docs/guide/index.md')).toBe(true);
  });

  it.each(['## What it protects, and how', '## What it never does', '## Where data lives', '## How to wipe', '## Reporting a problem'])('SECURITY.md has "%s"', (heading) => {
    expect(security).toContain(heading);
  });

  it('SECURITY.md names the data folder on every OS, and links only to files that exist', () => {
    for (const folder of ['%APPDATA%\\Local Review\\', '~/Library/Application Support/Local Review/', '~/.config/Local Review/']) expect(security).toContain(folder);
    for (const [, target] of security.matchAll(/\]\(([^)]+)\)/g)) expect(existsSync(target!), target).toBe(true);
  });
});
