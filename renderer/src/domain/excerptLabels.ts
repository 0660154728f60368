/** Hints for the kinds of coded passage (their labels are KIND_LABELS in labels.ts). */
import type { Excerpt } from './reviewFile.ts';

export type ExcerptKind = Excerpt['kind'];

/** A short explanation of each kind, shown as the radio's hint. */
export const EXCERPT_KIND_HINTS: Record<ExcerptKind, string> = {
  'good-practice': 'Something that works well and could be built on',
  gap: 'A service, process or piece of knowledge that is missing',
  barrier: 'Something that gets in the way of identifying or helping children',
  communication: 'Information not shared, shared late, or not heard',
  issue: 'A problem or driver of violence and exploitation',
  context: 'Background: local facts, figures and history',
};
