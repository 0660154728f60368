import { describe, expect, it } from 'vitest';
import { findingsByTheme } from './findingGroups.ts';
import type { Finding, Theme } from './reviewFile.ts';
import { id } from '../../../test/helpers/reviewFileBuilder.ts';

const themes: Theme[] = [
  { id: id(2), name: 'Health', order: 1 },
  { id: id(1), name: 'Education', order: 0 },
  { id: id(3), name: 'Exclusions', parentId: id(1), order: 0 },
  { id: id(4), name: 'Housing', order: 2 },
];
const finding = (n: number, themeId: string, order: number): Finding =>
  ({ id: id(n), themeId, kind: 'gap', title: `F${n}`, detail: '', excerptIds: [], order });

describe('findings by theme', () => {
  it('follows the theme tree, orders findings within a theme and leaves out empty themes', () => {
    const groups = findingsByTheme([finding(10, id(2), 0), finding(11, id(3), 2), finding(12, id(3), 1), finding(13, id(1), 0)], themes);
    expect(groups.map((g) => [g.label, g.findings.map((f) => f.id)])).toEqual([
      ['Education', [id(13)]],
      ['Education › Exclusions', [id(12), id(11)]],
      ['Health', [id(10)]],
    ]);
  });

  it('labels a sub-theme with its parents even when they have no findings', () => {
    expect(findingsByTheme([finding(14, id(3), 0)], themes).map((g) => g.label)).toEqual(['Education › Exclusions']);
  });

  it('keeps array order for equal orders and drops findings of unknown themes', () => {
    const groups = findingsByTheme([finding(20, id(4), 0), finding(21, id(4), 0), finding(22, id(99), 0)], themes);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.findings.map((f) => f.id)).toEqual([id(20), id(21)]);
  });
});
