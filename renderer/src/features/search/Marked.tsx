/** Plain text with its matched ranges in <mark>: the text is never treated as markup. */
import type { ReactNode } from 'react';
import type { Highlighted } from '../../search/searchIndex.ts';

export function Marked({ text, highlights }: Highlighted) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start} className="app-search__mark">{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
