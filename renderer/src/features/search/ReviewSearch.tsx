/** Placeholder until search is built: renders nothing. */
export function ReviewSearch(_props: { reviewId: string }) {
  return null;
}
