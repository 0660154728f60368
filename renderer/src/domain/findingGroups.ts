/** Findings read best under their themes, in the order the review's framework sets. */
import type { Finding, Theme } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';

export interface FindingGroup<F> {
  theme: Theme;
  /** 0 for a top-level theme, 1 for a sub-theme, and so on. */
  depth: number;
  findings: F[];
}

/**
 * The findings grouped by theme, themes in theme-tree order (parents before their
 * sub-themes), findings by their own order within a theme (ties keep array order).
 * Themes without findings are left out; so is a finding whose theme is unknown.
 */
export function findingsByTheme<F extends Pick<Finding, 'themeId' | 'order'>>(findings: readonly F[], themes: readonly Theme[]): FindingGroup<F>[] {
  return themeTree(themes)
    .map(({ theme, depth }) => ({ theme, depth, findings: findings.filter((f) => f.themeId === theme.id).sort((a, b) => a.order - b.order) }))
    .filter((group) => group.findings.length > 0);
}
