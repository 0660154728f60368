import { describe, expect, it } from 'vitest';
import { endOfTheme, findingsByTheme, moveWithinTheme } from './findingOrder.ts';
import type { Theme } from './reviewFile.ts';
import { id } from '../../../test/helpers/reviewFileBuilder.ts';

const themes: Theme[] = [
  { id: id(2), name: 'Second', order: 1 },
  { id: id(1), name: 'First', order: 0 },
  { id: id(3), name: 'Child of first', parentId: id(1), order: 0 },
  { id: id(4), name: 'Unused', order: 2 },
];
const finding = (n: number, themeId: string, order: number) => ({ id: id(n), themeId, order });

describe('findings by theme', () => {
  it('follows the theme tree, leaves out themes without findings and orders within a theme, ties in given order', () => {
    const groups = findingsByTheme(themes, [finding(10, id(2), 5), finding(11, id(3), 0), finding(12, id(2), 1), finding(13, id(1), 7), finding(14, id(2), 5)]);
    expect(groups.map((g) => [g.theme.name, g.depth, g.findings.map((f) => f.id)])).toEqual([
      ['First', 0, [id(13)]],
      ['Child of first', 1, [id(11)]],
      ['Second', 0, [id(12), id(10), id(14)]],
    ]);
  });
});

describe('ordering within a theme', () => {
  const findings = [finding(10, id(2), 5), finding(11, id(1), 0), finding(12, id(2), 7), finding(13, id(2), 9)];

  it('puts a new finding after the theme’s last, and first in an empty theme', () => {
    expect(endOfTheme(findings, id(2))).toBe(10);
    expect(endOfTheme(findings, id(4))).toBe(0);
  });

  it('swaps with the neighbour in the same theme and numbers the theme 0..n-1', () => {
    expect(moveWithinTheme(findings, id(13), -1)).toEqual([{ id: id(10), order: 0 }, { id: id(13), order: 1 }, { id: id(12), order: 2 }]);
    expect(moveWithinTheme(findings, id(10), 1)).toEqual([{ id: id(12), order: 0 }, { id: id(10), order: 1 }, { id: id(13), order: 2 }]);
  });

  it('changes nothing at the ends or for an unknown finding', () => {
    expect(moveWithinTheme(findings, id(10), -1)).toEqual([]);
    expect(moveWithinTheme(findings, id(13), 1)).toEqual([]);
    expect(moveWithinTheme(findings, id(11), 1)).toEqual([]);
    expect(moveWithinTheme(findings, id(99), 1)).toEqual([]);
  });
});
