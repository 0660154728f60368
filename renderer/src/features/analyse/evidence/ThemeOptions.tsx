/** A theme select's options in framework order, sub-themes indented under their parent. */
import type { Theme } from '../../../domain/reviewFile.ts';
import { themeTree } from '../../../domain/themeOrder.ts';
import { visibleText } from '../../../domain/words/index.ts';

export function ThemeOptions({ themes }: { themes: readonly Theme[] }) {
  return themeTree(themes).map(({ theme, depth }) => (
    <option key={theme.id} value={theme.id}>{`${'— '.repeat(depth)}${visibleText(theme.name)}`}</option>
  ));
}
