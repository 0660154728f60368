/**
 * Findings are read theme by theme, in the framework's order, and the reviewer orders
 * them within each theme (`order`); these rules keep that order whole as findings are
 * added, moved between themes and reordered.
 */
import type { Finding, Theme } from './reviewFile.ts';
import { moveSibling, themeTree } from './themeOrder.ts';

/** One theme's findings, in their order (ties keep the order they were given in). */
export interface ThemeFindings<T> {
  theme: Theme;
  depth: number;
  findings: T[];
}

/** Findings grouped by theme in theme-tree order; themes without findings are left out. */
export function findingsByTheme<T extends Pick<Finding, 'themeId' | 'order'>>(themes: readonly Theme[], findings: readonly T[]): Array<ThemeFindings<T>> {
  const byTheme = new Map<string, T[]>();
  for (const f of findings) {
    const own = byTheme.get(f.themeId);
    if (own) own.push(f);
    else byTheme.set(f.themeId, [f]);
  }
  return themeTree(themes).flatMap(({ theme, depth }) => {
    const own = byTheme.get(theme.id);
    return own ? [{ theme, depth, findings: own.sort((a, b) => a.order - b.order) }] : [];
  });
}

/** The order that puts a finding after every other finding of the theme. */
export function endOfTheme(findings: readonly Pick<Finding, 'themeId' | 'order'>[], themeId: string): number {
  return findings.reduce((max, f) => (f.themeId === themeId ? Math.max(max, f.order) : max), -1) + 1;
}

/**
 * Moves a finding one place up (-1) or down (+1) among its theme's findings and numbers
 * that theme's findings 0..n-1. Returns only the findings whose order changed (none when
 * the finding is already first or last). Pass findings in file order so ties break alike.
 */
export function moveWithinTheme(findings: readonly Pick<Finding, 'id' | 'themeId' | 'order'>[], findingId: string, direction: -1 | 1): Array<{ id: string; order: number }> {
  // A theme's findings are siblings in the sense of the theme framework's own ordering rule.
  return moveSibling(findings.map((f) => ({ id: f.id, parentId: f.themeId, order: f.order })), findingId, direction);
}
