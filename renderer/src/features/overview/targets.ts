/** Turns a readiness check's place to fix (domain data) into a workspace link. */
import { hrefFor } from '../../app/router.ts';
import type { FixTarget } from '../../domain/readiness.ts';

export function hrefForTarget(reviewId: string, target: FixTarget): string {
  return hrefFor({ page: 'workspace', reviewId, ...target });
}
