/** Findings read best under their themes, in the order the review's framework sets. */
import type { Finding, Theme } from './reviewFile.ts';
import { themeTree } from './themeOrder.ts';

export interface FindingGroup<F> {
  theme: Theme;
  /** The theme's name after its parents' names, e.g. "Vulnerability › Child sexual exploitation". */
  label: string;
  findings: F[];
}

/** Names from the top-level theme down to this one, joined; a parent that has gone ends the walk. */
function themePath(theme: Theme, byId: ReadonlyMap<string, Theme>): string {
  const names = [theme.name];
  const seen = new Set([theme.id]);
  for (let parent = byId.get(theme.parentId ?? ''); parent && !seen.has(parent.id); parent = byId.get(parent.parentId ?? '')) {
    names.unshift(parent.name);
    seen.add(parent.id);
  }
  return names.join(' › ');
}

/**
 * The findings grouped by theme, themes in theme-tree order (parents before their
 * sub-themes), findings by their own order within a theme (ties keep array order).
 * Themes without findings are left out, so each group is labelled with its parents'
 * names too; a finding whose theme is unknown is left out.
 */
export function findingsByTheme<F extends Pick<Finding, 'themeId' | 'order'>>(findings: readonly F[], themes: readonly Theme[]): FindingGroup<F>[] {
  const byId = new Map(themes.map((t) => [t.id, t]));
  return themeTree(themes)
    .map(({ theme }) => ({ theme, label: themePath(theme, byId), findings: findings.filter((f) => f.themeId === theme.id).sort((a, b) => a.order - b.order) }))
    .filter((group) => group.findings.length > 0);
}
