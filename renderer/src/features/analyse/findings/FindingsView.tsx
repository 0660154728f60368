/** Placeholder until this view is built: says so plainly (see StageNotBuilt). */
import type { WorkspaceRoute } from '../../../app/router.ts';
import type { Review } from '../../../domain/reviewFile.ts';
import { StageNotBuilt } from '../../workspace/StageNotBuilt.tsx';

export function FindingsView(_props: { review: Review; route: WorkspaceRoute }) {
  return <StageNotBuilt stage="analyse" />;
}
