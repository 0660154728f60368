/**
 * fast-check arbitraries for valid review files, leaning on the text reviewers really
 * type and the text that breaks naive code: emoji, right-to-left scripts, combining
 * marks, line breaks, quotes and very long notes.
 */
import fc from 'fast-check';
import {
  ACTION_STATUSES, ENGAGEMENT_KINDS, EXCERPT_KINDS, FINDING_KINDS, MARKINGS, PRIORITIES, SECTORS, STAGES, TIMESCALES,
  type ReviewFile,
} from '../../renderer/src/domain/reviewFile.ts';

const awkward = fc.constantFrom(
  '👩🏽‍⚕️ nurse said 🔪 crime fell', 'مرحبا بالعالم', 'שלום עולם', 'e\u0301cole', '“quoted” — dash', '=SUM(A1)', '<b>x</b>',
  'line one\nline two', '\u202Eevil', "O'Brien & co", '{{area}}', '\t+cmd',
);
const word = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), awkward);
const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
const nonEmpty = text.map((t) => (t.trim() ? t : 'Untitled'));
const longNotes = fc.oneof(text, fc.array(awkward, { minLength: 200, maxLength: 600 }).map((w) => w.join(' ')));
const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const uuid = fc.uuid({ version: 4 });
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const subset = (ids: string[]) => (ids.length ? fc.subarray(ids) : fc.constant([] as string[]));
const oneOf = (ids: string[]) => fc.constantFrom(...ids);

/** A valid v1 review file with every collection populated (sizes kept small for speed). */
export const reviewFileArbitrary: fc.Arbitrary<ReviewFile> = fc
  .record({
    ids: fc.uniqueArray(uuid, { minLength: 40, maxLength: 40 }),
    dates: fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
    created: instant,
  })
  .chain(({ ids, dates, created }) => {
    let used = 0;
    const take = (n: number) => ids.slice(used, (used += n)); // never mutate: chain re-runs while shrinking
    const [reviewId] = take(1) as [string];
    const reviewerIds = take(2), agencyIds = take(3), themeIds = take(3), engagementIds = take(3);
    const excerptIds = take(4), findingIds = take(3), recommendationIds = take(2), actionIds = take(3);
    return fc.record({
      format: fc.constant('local-review-file' as const),
      version: fc.constant(1 as const),
      exportedAt: instant,
      review: fc.record({
        id: fc.constant(reviewId), title: nonEmpty, area: nonEmpty, commissioner: text, protectiveMarking: pick(MARKINGS),
        stage: pick(STAGES), startDate: fc.constant(dates[0]), endDate: fc.constant(dates[1]), termsOfReference: longNotes,
        localDefinition: text, reviewers: fc.tuple(...reviewerIds.map((rid) => fc.record({ id: fc.constant(rid), name: text, role: text }))),
        templateId: fc.constant('local-review'), createdAt: fc.constant(created), updatedAt: fc.constant(created),
      }, { requiredKeys: ['id', 'title', 'area', 'commissioner', 'protectiveMarking', 'stage', 'termsOfReference', 'reviewers', 'templateId', 'createdAt', 'updatedAt'] }),
      agencies: fc.tuple(...agencyIds.map((aid) => fc.record({ id: fc.constant(aid), name: nonEmpty, sector: pick(SECTORS) }))),
      themes: fc.tuple(...themeIds.map((tid, i) => fc.record({
        id: fc.constant(tid), name: nonEmpty, description: text, order: fc.nat(50),
        ...(i > 0 && { parentId: fc.constant(themeIds[i - 1]!) }),
      }, { requiredKeys: ['id', 'name', 'order'] }))),
      engagements: fc.tuple(...engagementIds.map((eid) => fc.record({
        id: fc.constant(eid), kind: pick(ENGAGEMENT_KINDS), title: text, date, agencyIds: subset(agencyIds), roles: fc.array(text, { maxLength: 3 }),
        participantCount: fc.nat(500), reviewerIds: subset(reviewerIds), notes: longNotes.map((n) => `${n} padding so passages fit`),
        durationMinutes: fc.nat(600),
      }, { requiredKeys: ['id', 'kind', 'title', 'date', 'agencyIds', 'roles', 'participantCount', 'reviewerIds', 'notes'] }))),
      excerpts: fc.tuple(...excerptIds.map((xid, i) => fc.record({
        id: fc.constant(xid), engagementId: fc.constant(engagementIds[i % engagementIds.length]!), start: fc.nat(5), end: fc.integer({ min: 6, max: 20 }),
        text, themeIds: subset(themeIds), kind: pick(EXCERPT_KINDS), isQuote: fc.boolean(),
      }))),
      findings: fc.tuple(...findingIds.map((fid) => fc.record({
        id: fc.constant(fid), themeId: oneOf(themeIds), kind: pick(FINDING_KINDS), title: nonEmpty, detail: longNotes, excerptIds: subset(excerptIds), order: fc.nat(20),
      }))),
      recommendations: fc.tuple(...recommendationIds.map((rid, i) => fc.record({
        id: fc.constant(rid), number: fc.constant(i + 1), title: nonEmpty, detail: text, findingIds: subset(findingIds), leadAgencyId: oneOf(agencyIds),
        partnerAgencyIds: subset(agencyIds), priority: pick(PRIORITIES), timescale: pick(TIMESCALES), successMeasure: text,
      }, { requiredKeys: ['id', 'number', 'title', 'detail', 'findingIds', 'leadAgencyId', 'partnerAgencyIds', 'priority', 'timescale'] }))),
      actions: fc.tuple(...actionIds.map((aid) => fc.record({
        id: fc.constant(aid), recommendationId: oneOf(recommendationIds), description: nonEmpty, ownerAgencyId: oneOf(agencyIds),
        dueDate: date, status: pick(ACTION_STATUSES),
        updates: fc.array(fc.record({ date, note: text, status: pick(ACTION_STATUSES) }), { maxLength: 3 }).map((u) => [...u].sort((a, b) => a.date.localeCompare(b.date))),
      }, { requiredKeys: ['id', 'recommendationId', 'description', 'ownerAgencyId', 'status', 'updates'] }))),
    });
  }) as fc.Arbitrary<ReviewFile>;
