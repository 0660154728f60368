/**
 * Every screenshot in the user guide (docs/guide/images/), and where in the sample review
 * it is taken. `npm run guide:screenshots` takes them all; a unit test checks that this
 * list and the images the guide's pages show are the same set.
 */
export const SAMPLE_REVIEW_ID = '00000000-0000-4000-8000-000000000001';
export const SAMPLE_ENGAGEMENT_ID = '00000000-0000-4000-8004-000000000001';

export interface Shot {
  /** File name under docs/guide/images/. */
  file: string;
  /** The app's route (after `#`), with REVIEW standing for the sample review's id. */
  route: string;
  /** The h1 that shows the screen is ready. */
  heading: string | RegExp;
  /** Words to type into "Search this review" before the picture is taken. */
  search?: string;
  /**
   * What to make and where to go on the screen before the picture (test/guide/scenes.ts),
   * for what the sample review does not hold: a training cohort, a peer network, a merge.
   */
  scene?: SceneName;
}

export type SceneName = 'training' | 'training-cohort' | 'training-attempt' | 'network' | 'network-map' | 'network-table' | 'merge-preview' | 'merge-log';

const review = `/reviews/${SAMPLE_REVIEW_ID}`;

export const SHOTS: readonly Shot[] = [
  { file: 'reviews.png', route: '/', heading: 'Reviews' },
  { file: 'overview.png', route: review, heading: 'Overview' },
  { file: 'scope.png', route: `${review}/scope`, heading: 'Scope' },
  { file: 'engage.png', route: `${review}/engage`, heading: 'Engage' },
  { file: 'engage-notes.png', route: `${review}/engage/${SAMPLE_ENGAGEMENT_ID}`, heading: 'Engage' },
  { file: 'analyse-code.png', route: `${review}/analyse/code/${SAMPLE_ENGAGEMENT_ID}`, heading: 'Analyse' },
  { file: 'analyse-evidence.png', route: `${review}/analyse/evidence`, heading: 'Analyse' },
  { file: 'analyse-coverage.png', route: `${review}/analyse/coverage`, heading: 'Analyse' },
  { file: 'analyse-findings.png', route: `${review}/analyse/findings`, heading: 'Analyse' },
  { file: 'recommend.png', route: `${review}/recommend`, heading: 'Recommend' },
  { file: 'report.png', route: `${review}/report`, heading: 'Report' },
  { file: 'follow-up.png', route: `${review}/follow-up`, heading: 'Follow-up' },
  { file: 'search.png', route: `${review}/analyse/findings`, heading: 'Analyse', search: 'county lines' },
  // A page without pictures of its own, so the picture never shows itself missing.
  { file: 'help.png', route: '/help/it', heading: /^Installing and managing Local Review/ },
  { file: 'security.png', route: '/security', heading: 'Security' },
  { file: 'training.png', route: '/training', heading: 'County lines and exploitation: a working knowledge', scene: 'training' },
  { file: 'training-cohort.png', route: '/training', heading: 'County lines and exploitation: a working knowledge', scene: 'training-cohort' },
  { file: 'training-attempt.png', route: '/training', heading: 'Participant P-02', scene: 'training-attempt' },
  { file: 'training-results.png', route: '/training/results', heading: 'Results for training managers' },
  { file: 'networks.png', route: `${review}/networks`, heading: 'Peer networks', scene: 'network' },
  { file: 'networks-map.png', route: `${review}/networks`, heading: 'Peer networks', scene: 'network-map' },
  { file: 'networks-table.png', route: `${review}/networks`, heading: 'Peer networks', scene: 'network-table' },
  // Last, because applying the merge changes the sample review the other pictures show.
  { file: 'merge-preview.png', route: review, heading: 'Overview', scene: 'merge-preview' },
  { file: 'merge-log.png', route: review, heading: 'Overview', scene: 'merge-log' },
];
