/** A passage's or finding's kind as a tag; the words carry the meaning, the colour only helps. */
import { Tag } from '../../../components/Tag.tsx';
import { KIND_LABELS } from '../../../domain/labels.ts';
import type { Excerpt } from '../../../domain/reviewFile.ts';

const COLOURS = {
  'good-practice': 'green', gap: 'orange', barrier: 'red', communication: 'blue', issue: 'purple', context: 'grey',
} as const satisfies Record<Excerpt['kind'], Parameters<typeof Tag>[0]['colour']>;

export function KindTag({ kind }: { kind: Excerpt['kind'] }) {
  return <Tag text={KIND_LABELS[kind]} colour={COLOURS[kind]} />;
}
