import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl } from '../e2e/networkGuard.ts';

const ORIGIN = 'http://127.0.0.1:4173';

describe('isAllowedRequestUrl', () => {
  it.each([
    'http://127.0.0.1:4173/',
    'http://127.0.0.1:4173/assets/index-abc123.js',
    'http://127.0.0.1:4173/index.html?x=1#/reviews',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'data:,hello',
    'blob:http://127.0.0.1:4173/0b7d1a1e-2f64-4a55-9c1c-000000000000',
  ])('allows %s', (url) => {
    expect(isAllowedRequestUrl(url, ORIGIN)).toBe(true);
  });

  it.each([
    'http://127.0.0.2:9/',
    'http://127.0.0.1:4174/',
    'http://127.0.0.1/',
    'http://localhost:4173/',
    'http://[::1]:4173/',
    'https://127.0.0.1:4173/',
    'ws://127.0.0.1:4173/',
    'wss://127.0.0.1:4173/',
    'http://user:pass@127.0.0.1:4173/',
    'http://127.0.0.1.example.com:4173/',
    'https://example.com/',
    'https://fonts.googleapis.com/css',
    'http://10.255.255.1/',
    'chrome-extension://abcdefghijklmnop/x.js',
    'chrome://newtab/',
    'file:///etc/passwd',
    'about:blank',
    'blob:https://example.com/0b7d1a1e-2f64-4a55-9c1c-000000000000',
    'blob:null/0b7d1a1e-2f64-4a55-9c1c-000000000000',
    'ftp://127.0.0.1:4173/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedRequestUrl(url, ORIGIN)).toBe(false);
  });

  it('follows the origin it is given', () => {
    expect(isAllowedRequestUrl('http://127.0.0.1:5000/x', 'http://127.0.0.1:5000')).toBe(true);
    expect(isAllowedRequestUrl('http://127.0.0.1:5000/x', 'http://127.0.0.1:5000/')).toBe(true);
    expect(isAllowedRequestUrl('http://127.0.0.1:4173/x', 'http://127.0.0.1:5000')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:4173/x', 'not an origin')).toBe(false);
  });
});
