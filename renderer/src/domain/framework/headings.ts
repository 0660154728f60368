/** Words for a finding's or priority's mapping to a heading of a national framework pack. */
import type { FrameworkMapping } from '../reviewFile.ts';
import type { FrameworkPack } from '../template.ts';

export interface MappingLabel {
  pack: string;
  heading: string;
}

/** The pack's short name and the heading's name; a pack or heading not shipped here is shown by its key. */
export function mappingLabel(packs: readonly FrameworkPack[], mapping: FrameworkMapping): MappingLabel {
  const pack = packs.find((p) => p.id === mapping.pack);
  const heading = pack?.headings.find((h) => h.key === mapping.heading);
  return { pack: pack?.shortName ?? mapping.pack, heading: heading?.name ?? mapping.heading };
}

/** "VVU framework: Understanding the threat…". */
export function describeMapping(packs: readonly FrameworkPack[], mapping: FrameworkMapping): string {
  const label = mappingLabel(packs, mapping);
  return `${label.pack}: ${label.heading}`;
}
