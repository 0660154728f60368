/**
 * Chromium's URL match patterns (`scheme://host/path`, `*` wildcards), enough to
 * check which requests a webRequest filter would hand to its listener.
 */
function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `url` matches `pattern` as Chromium's webRequest filter would. */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return true;
  const parts = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme = '', host = '', pathPart = ''] = parts;
  const hostRegex = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const schemeRegex = scheme === '*' ? '(?:https?|wss?)' : escape(scheme);
  const pathRegex = pathPart.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRegex}://${hostRegex}${pathRegex}$`).test(url);
}
