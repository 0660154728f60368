import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './csp';

function directive(name: string): string | undefined {
  return CONTENT_SECURITY_POLICY.split('; ').find((entry) => entry.split(' ')[0] === name);
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('starts from default-src none', () => {
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'; ")).toBe(true);
  });

  it.each([
    ['script-src', "script-src 'self'"],
    ['style-src', "style-src 'self'"],
    ['img-src', "img-src 'self' data: blob:"],
    ['font-src', "font-src 'self'"],
    ['connect-src', "connect-src 'none'"],
    ['worker-src', "worker-src 'self' blob:"],
    ['base-uri', "base-uri 'none'"],
    ['form-action', "form-action 'none'"],
    ['object-src', "object-src 'none'"],
    ['frame-src', "frame-src 'none'"],
  ])('sets %s exactly', (name, expected) => {
    expect(directive(name)).toBe(expected);
  });

  it('names no network origin, wildcard or unsafe keyword anywhere', () => {
    for (const entry of CSP_DIRECTIVES) {
      expect(entry).not.toMatch(/https?:|wss?:|\*|unsafe-|localhost|127\.0\.0\.1/);
    }
  });

  it('declares each directive once', () => {
    const names = CSP_DIRECTIVES.map((entry) => entry.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  // vite.config.ts writes this constant over CSP_PLACEHOLDER in renderer/index.html,
  // so the source holds either the placeholder or the exact policy, never another one.
  const sourceHtml = new URL('../../renderer/index.html', import.meta.url);
  it('is the policy (or the build placeholder for it) in renderer/index.html', () => {
    expect(['CSP_PLACEHOLDER', CONTENT_SECURITY_POLICY]).toContain(cspMetaContent(readFileSync(sourceHtml, 'utf8')));
  });
  // The built page's policy is checked by test/e2e/smoke.spec.ts, which always has a build.
});

function cspMetaContent(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0] ?? '';
  return /\bcontent=(["'])(.*?)\1/is.exec(tag)?.[2];
}
