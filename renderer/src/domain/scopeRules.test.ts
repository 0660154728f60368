import { describe, expect, it } from 'vitest';
import { moveSibling, themeTree } from './themeOrder.ts';
import { newReviewFile, themesFromTemplate } from './newReview.ts';
import { missingTemplateThemes, themesToAdd } from './templateThemes.ts';
import { parseReviewFile } from './reviewFile.ts';
import { loadTemplates } from '../templates/loadTemplates.ts';

const template = loadTemplates().templates.find((t) => t.id === 'local-review')!;
let n = 0;
const makeId = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

describe('theme order', () => {
  const themes = [
    { id: 'a', order: 0 }, { id: 'b', order: 1 }, { id: 'c', order: 2 },
    { id: 'a1', parentId: 'a', order: 0 }, { id: 'a2', parentId: 'a', order: 1 },
  ];
  it('swaps with the neighbour and renumbers only what changed', () => {
    expect(moveSibling(themes, 'b', 1)).toEqual([{ id: 'c', order: 1 }, { id: 'b', order: 2 }]);
    expect(moveSibling(themes, 'a2', -1)).toEqual([{ id: 'a2', order: 0 }, { id: 'a1', order: 1 }]);
  });
  it('refuses moves past either end', () => {
    expect(moveSibling(themes, 'a', -1)).toEqual([]);
    expect(moveSibling(themes, 'c', 1)).toEqual([]);
  });
  it('lists parents before their children, depth first', () => {
    expect(themeTree(themes).map(({ theme, depth }) => `${theme.id}:${depth}`)).toEqual(['a:0', 'a1:1', 'a2:1', 'b:0', 'c:0']);
  });
});

describe('new review from the template', () => {
  it('is a valid review file at the Scope stage with the default themes and their parents', () => {
    const file = newReviewFile(template, { title: ' Eastbridge ', area: 'Eastbridge', commissioner: 'CSP', protectiveMarking: 'OFFICIAL' }, makeId);
    expect(() => parseReviewFile(file)).not.toThrow();
    expect(file.review.title).toBe('Eastbridge');
    expect(file.review.stage).toBe('scope');
    expect(file.themes.length).toBeGreaterThanOrEqual(template.defaultThemeKeys.length);
    const ids = new Set(file.themes.map((t) => t.id));
    expect(file.themes.every((t) => !t.parentId || ids.has(t.parentId))).toBe(true);
  });

  it('adds a chosen sub-theme together with its missing parent, and reuses a parent already present', () => {
    const child = template.themes.find((t) => t.parentKey)!;
    const parent = template.themes.find((t) => t.key === child.parentKey)!;
    const none = themesToAdd(template, [], new Set([child.key]));
    expect(none.map((t) => t.name)).toEqual([parent.name, child.name]);
    expect(none[1]!.parent).toBe(parent.key);
    const existing = themesFromTemplate(template, [parent.key], makeId);
    const withParent = themesToAdd(template, existing, new Set([child.key]));
    expect(withParent).toEqual([expect.objectContaining({ name: child.name, parent: existing[0]!.id })]);
    expect(missingTemplateThemes(template, existing).some((t) => t.key === parent.key)).toBe(false);
  });
});
