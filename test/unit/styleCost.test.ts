/**
 * Selectors that make Chromium restyle far more than what changed. Long lists are drawn a
 * slice at a time (components/drawnInSlices.ts); with GOV.UK Frontend's
 * `.govuk-error-summary__body > * + *` in the page, adding each slice of finding cards
 * restyled every card drawn before it (2,300 elements for the first slice of ten, 21,851 by
 * the tenth), so the findings page took several seconds to fill on a busy machine. These
 * shapes are kept out of every stylesheet the app loads (see styles/_frame.scss):
 * - a sibling combinator (`+`, `~`) whose subject has no class, id, attribute or tag, such
 *   as `> * + *`: Chromium cannot tell which elements it touches, so an insertion
 *   invalidates the parent's whole subtree;
 * - `:has()`, which is rechecked on its anchor at every insertion below it.
 * It also checks that every GOV.UK Sass function call was resolved at build time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'sass';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every stylesheet Vite compiles for the app: main.scss and each screen's own (partials excluded). */
function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.scss') && !entry.name.startsWith('_') ? [full] : [];
  });
}

function compiled(file: string): string {
  return compile(file, { loadPaths: [ROOT, path.join(ROOT, 'node_modules')], quietDeps: true, silenceDeprecations: ['import'], logger: { warn() {} } }).css;
}

/** The selectors of every style rule (at-rule preludes left out). */
function selectorsOf(css: string): string[] {
  const out: string[] = [];
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{/g)) {
    const prelude = match[1]!.trim();
    if (prelude.startsWith('@') || /^(from|to|[\d.]+%)$/.test(prelude)) continue;
    out.push(...prelude.split(',').map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return out;
}

/** Why a selector costs a broad restyle, or undefined. */
function costlyShape(selector: string): string | undefined {
  if (selector.includes(':has(')) return ':has() is rechecked at every insertion below its anchor';
  // The compound after a sibling combinator, up to the next combinator.
  for (const [, compound] of selector.matchAll(/[+~]\s*([^\s>+~]+)/g)) {
    // What the subject is keyed on, once pseudo-classes (and what they hold) are set aside.
    const keyed = compound!.replace(/::?[\w-]+(\([^)]*\)+)?/g, '');
    if (!/[.#[]|^[a-z]/i.test(keyed)) return `a sibling rule on "${compound}" restyles the parent's whole subtree on insertion`;
  }
  return undefined;
}

describe('the app’s stylesheets', () => {
  it('recognises the selector shapes it keeps out, and passes ordinary sibling rules', () => {
    expect(costlyShape('.govuk-error-summary__body > * + *')).toMatch(/sibling rule/);
    expect(costlyShape('.a ~ :not(.b)')).toMatch(/sibling rule/);
    expect(costlyShape('.govuk-template:not(:has(.govuk-exit-this-page))')).toMatch(/:has/);
    expect(costlyShape('.govuk-checkboxes__input + .govuk-checkboxes__label::before')).toBeUndefined();
    expect(costlyShape('.govuk-radios__input:disabled ~ .govuk-hint')).toBeUndefined();
    expect(costlyShape('li + li')).toBeUndefined();
    expect(costlyShape('.govuk-body:last-child')).toBeUndefined();
    expect(selectorsOf('@media (min-width: 40em) { .a > * + *, .b { margin: 0; } }')).toEqual(['.a > * + *', '.b']);
  });

  const sheets = stylesheets(path.join(ROOT, 'renderer/src')).map((file) => ({ file: path.relative(ROOT, file), css: compiled(file) }));

  it('have no selector that restyles whole lists', () => {
    expect(sheets.map((s) => path.basename(s.file))).toContain('main.scss');
    const found = sheets.flatMap(({ file, css }) => selectorsOf(css)
      .map((selector) => ({ selector, why: costlyShape(selector) }))
      .filter((s) => s.why)
      .map((s) => `${file}: ${s.selector} (${s.why})`));
    expect(found).toEqual([]);
  });

  // A GOV.UK function a sheet did not load reaches the CSS as text, and the browser drops the declaration.
  it('every GOV.UK function call is resolved', () => {
    const found = sheets.flatMap(({ file, css }) => [...css.matchAll(/[^;{}\n]*\bgovuk-[\w-]+\([^;{}\n]*/g)].map((m) => `${file}: ${m[0].trim()}`));
    expect(found).toEqual([]);
  });
});
