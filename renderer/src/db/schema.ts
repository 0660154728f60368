/**
 * The database schema history. Append-only: a shipped entry is never edited, because
 * reviewers' laptops hold databases at every earlier version. Add a new entry (with an
 * upgrade function when data must change) and a fixture under test/fixtures/db/.
 *
 * Only non-sensitive fields are indexed (ids, foreign keys, dates, enums): free text
 * will be encrypted at rest, and an index would keep it in the clear.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      reviews: 'id, stage, updatedAt, templateId',
      agencies: 'id, reviewId, sector',
      themes: 'id, reviewId, parentId',
      engagements: 'id, reviewId, kind, date, *agencyIds',
      excerpts: 'id, reviewId, engagementId, kind, *themeIds',
      findings: 'id, reviewId, themeId, kind, *excerptIds',
      recommendations: 'id, reviewId, leadAgencyId, priority, *findingIds',
      actions: 'id, reviewId, recommendationId, ownerAgencyId, status, dueDate',
    },
  },
  {
    // Crash-safe drafts of an engagement's notes (see draftRepository.ts): one row per
    // engagement, written on every keystroke and deleted once the notes save. Not part
    // of the review file. The text itself is never indexed.
    version: 2,
    stores: {
      drafts: 'engagementId, reviewId, savedAt',
    },
  },
  {
    // The register of names a reviewer keeps per review (young people, family members,
    // practitioners mentioned in notes) for the personal-data check before export.
    // Never part of a plain review file; only the review id is indexed.
    version: 3,
    stores: {
      nameRegisters: 'reviewId',
    },
  },
  {
    // Beyond one review, one laptop (issues 13–16), agreed in one version so parallel work
    // merges: strategic frameworks (self-contained, with snapshots of their reviews); the
    // exact file last exported or merged for each review (the common ancestor of a later
    // merge); peer networks inside a review; training cohorts and attempts. Every row is
    // sealed at rest; only ids, foreign keys and times are indexed.
    version: 4,
    stores: {
      frameworks: 'id, updatedAt',
      mergeBases: 'reviewId',
      networks: 'id, reviewId',
      trainingCohorts: 'id, courseId, createdAt',
      trainingAttempts: 'id, cohortId, courseId, updatedAt',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The child tables of a review, in the order the review file lists them. */
export const CHILD_TABLES = ['agencies', 'themes', 'engagements', 'excerpts', 'findings', 'recommendations', 'actions'] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];
