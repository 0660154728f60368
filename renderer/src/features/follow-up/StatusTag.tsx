/** Status and RAG as GOV.UK tags: the words always shown, the colour only supporting them. */
import { Tag } from '../../components/Tag.tsx';
import { ragOf, type ActionStatus, type Rag, type RagRating } from '../../domain/rag.ts';

// Complete uses the default (blue) tag: finished work is neither good nor bad news.
const COLOURS: Record<Rag, 'grey' | 'green' | 'orange' | 'red' | undefined> = {
  none: 'grey', green: 'green', amber: 'orange', red: 'red', complete: undefined,
};

/** A RAG rating (a status, or a roll-up's overall rating) as a tag with its label. */
export function RagTag({ rating }: { rating: RagRating }) {
  const colour = COLOURS[rating.rag];
  return <Tag text={rating.label} {...(colour && { colour })} />;
}

/** An action's status as a tag. */
export function StatusTag({ status }: { status: ActionStatus }) {
  return <RagTag rating={ragOf(status)} />;
}

/** Marks an action past its due date and not complete. */
export function OverdueTag() {
  return <Tag text="Overdue" colour="red" />;
}
