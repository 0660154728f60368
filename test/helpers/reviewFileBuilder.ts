/** Builds small, valid review files for tests, with deterministic ids. */
import type { ReviewFile } from '../../renderer/src/domain/reviewFile.ts';

/** A deterministic UUID v4 from a number, e.g. id(1) = 00000000-0000-4000-8000-000000000001. */
export function id(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A complete small review file touching every collection. */
export function makeReviewFile(overrides: Partial<ReviewFile> = {}): ReviewFile {
  const notes = 'Schools said exclusions rise in Year 9.\nPolice share MACE minutes late.';
  return {
    format: 'local-review-file',
    version: 1,
    exportedAt: '2026-03-01T10:00:00.000Z',
    review: {
      id: id(1), title: 'Test review', area: 'Testborough', commissioner: 'Testborough CSP',
      protectiveMarking: 'OFFICIAL', stage: 'engage', startDate: '2026-02-01', endDate: '2026-02-14',
      termsOfReference: 'Look at county lines.', reviewers: [{ id: id(2), name: 'A Reviewer', role: 'Lead reviewer' }],
      templateId: 'local-review', createdAt: '2026-01-20T09:00:00.000Z', updatedAt: '2026-02-20T09:00:00.000Z',
    },
    agencies: [{ id: id(10), name: 'Testborough Police', sector: 'police' }, { id: id(11), name: 'Hill School', sector: 'education' }],
    themes: [{ id: id(20), name: 'Education', order: 0 }, { id: id(21), name: 'Exclusions', parentId: id(20), order: 0 }],
    engagements: [{
      id: id(30), kind: 'interview', title: 'Head teachers', date: '2026-02-03', agencyIds: [id(11)], roles: ['Head teacher'],
      participantCount: 2, reviewerIds: [id(2)], notes, durationMinutes: 60,
    }],
    excerpts: [{ id: id(40), engagementId: id(30), start: 0, end: 39, text: notes.slice(0, 39), themeIds: [id(21)], kind: 'gap', isQuote: true }],
    findings: [{ id: id(50), themeId: id(21), kind: 'gap', title: 'Exclusions rise', detail: 'Seen in Year 9.', excerptIds: [id(40)], order: 0 }],
    recommendations: [{
      id: id(60), number: 1, title: 'Review exclusions', detail: 'Track them.', findingIds: [id(50)], leadAgencyId: id(11),
      partnerAgencyIds: [id(10)], priority: 'high', timescale: '3-months', successMeasure: 'Fewer exclusions',
    }],
    actions: [{
      id: id(70), recommendationId: id(60), description: 'Monthly report', ownerAgencyId: id(11), dueDate: '2026-06-01',
      status: 'on-track', updates: [{ date: '2026-03-01', note: 'Started', status: 'on-track' }],
    }],
    ...overrides,
  };
}

/** A structured clone of the file, for tests that mutate one field. */
export function cloneFile(file: ReviewFile): ReviewFile {
  return structuredClone(file);
}
